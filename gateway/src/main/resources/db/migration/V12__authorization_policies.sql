-- Merchants' authorization policies (issue 8): the action a PSP is told for each decision of POST /v1/authorizations,
-- and the fallback it is told when the screening cannot answer within the deadline, as accept, challenge or deny.
-- A merchant without a row uses the default (OK accept, REVIEW challenge, NG deny; fallback accept). Read into memory
-- at start and replaced there after each commit: an authorization never waits for this table.
-- Written for both H2 (embedded default) and PostgreSQL (cluster).
CREATE TABLE authorization_policies (
    merchant_id  VARCHAR(40)  PRIMARY KEY REFERENCES merchants (id),
    on_ok        VARCHAR(12)  NOT NULL,
    on_review    VARCHAR(12)  NOT NULL,
    on_ng        VARCHAR(12)  NOT NULL,
    fallback     VARCHAR(12)  NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
