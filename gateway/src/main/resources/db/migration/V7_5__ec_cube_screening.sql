-- EC-CUBE orders a delivery has fetched and set out to screen: the fingerprint of that content. From then
-- on the content is the inbox's to finish (retries, dead letter, replay), so the reconciliation does not
-- enqueue it again, even before ec_cube_screened records it as screened.
CREATE TABLE ec_cube_screening (
    shop         VARCHAR(64)  NOT NULL,
    order_id     BIGINT       NOT NULL,
    fingerprint  CHAR(64)     NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (shop, order_id)
);
