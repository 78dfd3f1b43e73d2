-- Webhook deliveries, stored before they are answered and handled after (see connector-core Inbox).
CREATE TABLE inbox (
    id               VARCHAR(40)   PRIMARY KEY,
    platform         VARCHAR(20)   NOT NULL,
    shop             VARCHAR(64)   NOT NULL,
    resource_id      VARCHAR(128)  NOT NULL,
    event            VARCHAR(64)   NOT NULL,
    dedup_key        CHAR(64)      NOT NULL UNIQUE,
    body             VARCHAR(1000000) NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- PENDING: to be handled at next_attempt_at; DONE; SUPERSEDED by a newer delivery for the
    -- same resource; DEAD: retries exhausted or a permanent failure, waiting for a replay.
    status           VARCHAR(12)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(2000),
    finished_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX inbox_due ON inbox (status, next_attempt_at);
CREATE INDEX inbox_resource ON inbox (platform, shop, resource_id, status);
