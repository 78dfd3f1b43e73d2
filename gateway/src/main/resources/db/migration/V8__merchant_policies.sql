-- Merchants' own policies (issue 4). Written for both H2 (embedded default) and PostgreSQL (cluster).

-- Every policy a merchant was given, as uploaded (JSON or YAML), kept as history: the row with the highest
-- seq of a merchant is the one its orders are screened with; a merchant without a row uses the default
-- policy. A version always names the same policy, so the decisions recording it stay explainable;
-- uploading an older version again makes it the merchant's policy once more.
CREATE TABLE merchant_policies (
    seq          BIGINT        PRIMARY KEY,
    merchant_id  VARCHAR(40)   NOT NULL REFERENCES merchants (id),
    version      VARCHAR(64)   NOT NULL,
    format       VARCHAR(10)   NOT NULL,
    document     VARCHAR(1000000) NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX merchant_policies_version ON merchant_policies (merchant_id, version);
