-- Affiliates registered by their merchant (issue 4). Written for both H2 (embedded default) and PostgreSQL (cluster).

-- The identity keys (HMAC, never raw values) of each affiliate a merchant registered, as the affiliate signed up
-- with the merchant or its ASP: an order through the affiliate whose keys match is the affiliate buying through their
-- own link. One row per key; registering an affiliate again replaces all of its rows, and deleting it deletes
-- them. Loaded into the engine's memory at start; every change is written here first.
CREATE TABLE affiliate_keys (
    merchant_id    VARCHAR(40)   NOT NULL REFERENCES merchants (id),
    affiliate_id   VARCHAR(128)  NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    key_hash       CHAR(64)      NOT NULL,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (merchant_id, affiliate_id, kind, key_hash)
);
