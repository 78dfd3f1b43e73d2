-- Partners (issue 8): a PSP that authorizes for many merchants with one key of its own. Written for both H2 (embedded
-- default) and PostgreSQL (cluster).

CREATE TABLE partners (
    id          VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Stored as SHA-256 of the key, as merchants' keys are: a key is shown once, at issue, and never again.
CREATE TABLE partner_keys (
    key_hash    CHAR(64)    PRIMARY KEY,
    key_id      VARCHAR(40) NOT NULL UNIQUE,
    partner_id  VARCHAR(40) NOT NULL REFERENCES partners (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX partner_keys_partner ON partner_keys (partner_id);

-- The partner that may act for a merchant: at most one, and none unless linked, so it is a column of the merchant.
-- An authorization by a partner finds it by the merchant's primary key; the index lists a partner's merchants.
ALTER TABLE merchants ADD COLUMN partner_id VARCHAR(40) REFERENCES partners (id);
CREATE INDEX merchants_partner ON merchants (partner_id);
