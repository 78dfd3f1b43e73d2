-- Written for both H2 (embedded default) and PostgreSQL (cluster).

CREATE TABLE merchants (
    id          VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- API keys are stored as SHA-256 of the key: a key is shown once, at issue, and never again.
CREATE TABLE api_keys (
    key_hash     CHAR(64)    PRIMARY KEY,
    key_id       VARCHAR(40) NOT NULL UNIQUE,
    merchant_id  VARCHAR(40) NOT NULL REFERENCES merchants (id),
    label        VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_keys_merchant ON api_keys (merchant_id);

CREATE TABLE screenings (
    id              VARCHAR(40)  PRIMARY KEY,
    merchant_id     VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    order_id        VARCHAR(128) NOT NULL,
    ordered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    screened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decision        VARCHAR(10)  NOT NULL,
    score           INTEGER      NOT NULL,
    policy_version  VARCHAR(64)  NOT NULL,
    result_json     VARCHAR(1000000) NOT NULL
);
CREATE INDEX screenings_queue ON screenings (merchant_id, decision, screened_at);

-- Identity keys (HMAC of normalized values, never the values) of every screening: the history
-- that velocity is rebuilt from at start-up.
CREATE TABLE screening_keys (
    screening_id  VARCHAR(40) NOT NULL REFERENCES screenings (id),
    merchant_id   VARCHAR(40) NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    key_hash      CHAR(64)    NOT NULL,
    ordered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (screening_id, kind, key_hash)
);
CREATE INDEX screening_keys_ordered_at ON screening_keys (ordered_at);

CREATE TABLE idempotency_keys (
    merchant_id      VARCHAR(40)  NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    body_sha256      CHAR(64)     NOT NULL,
    screening_id     VARCHAR(40)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (merchant_id, idempotency_key)
);

-- Values this installation generates once and must keep, such as the identity-key pepper.
CREATE TABLE instance_settings (
    name           VARCHAR(64)   PRIMARY KEY,
    setting_value  VARCHAR(1000) NOT NULL
);
