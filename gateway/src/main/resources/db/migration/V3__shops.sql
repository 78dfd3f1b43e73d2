-- Connected shops. Credentials and webhook secrets are sealed (AES-GCM) with a key kept outside the database.
CREATE TABLE shops (
    id              VARCHAR(64)  PRIMARY KEY,
    platform        VARCHAR(20)  NOT NULL,
    merchant_id     VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    settings_json   VARCHAR(100000) NOT NULL,
    secrets_sealed  VARCHAR(100000) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
