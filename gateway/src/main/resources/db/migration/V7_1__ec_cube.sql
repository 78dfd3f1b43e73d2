-- EC-CUBE shops (issue 7). Written for both H2 (embedded default) and PostgreSQL (cluster).

-- The OAuth2 connection of each EC-CUBE shop: its tokens sealed (AES-GCM, like every credential), and
-- whether the shop refused them so that a shop administrator must connect it again.
-- seeded_refresh_sha256: the hash of a refresh token given by hand in the shop's settings, so that the
-- same settings read again (the shops file at every start) do not replace the tokens refreshed since.
CREATE TABLE ec_cube_connections (
    shop                   VARCHAR(64)   PRIMARY KEY,
    tokens_sealed          VARCHAR(20000),
    needs_reauthorization  BOOLEAN       NOT NULL,
    reason                 VARCHAR(1000),
    seeded_refresh_sha256  CHAR(64),
    -- SHA-256 of the base URL and OAuth client the tokens were issued for: a shop re-created under the
    -- same id for another EC-CUBE never gets them.
    bound_to               CHAR(64),
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Pending authorizations: the SHA-256 of each single-use state handed to the authorize URL.
CREATE TABLE ec_cube_oauth_states (
    state_sha256  CHAR(64)    PRIMARY KEY,
    shop          VARCHAR(64) NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What was screened of each order: the fingerprint of the screened content, so an update that changes
-- nothing screening reads (a status, Mamori's own write-back) is not screened again.
CREATE TABLE ec_cube_screened (
    shop          VARCHAR(64)  NOT NULL,
    order_id      BIGINT       NOT NULL,
    fingerprint   CHAR(64)     NOT NULL,
    screening_id  VARCHAR(40)  NOT NULL,
    written_back  VARCHAR(20)  NOT NULL,
    screened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (shop, order_id)
);

-- The reconciliation poller's high-water mark per shop: orders updated since it (less an overlap) are read.
CREATE TABLE ec_cube_reconciliation (
    shop        VARCHAR(64) PRIMARY KEY,
    high_water  TIMESTAMP WITH TIME ZONE NOT NULL,
    polled_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
