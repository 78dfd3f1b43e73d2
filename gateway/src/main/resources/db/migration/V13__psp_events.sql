-- PSP events (issue 8). Written for both H2 (embedded default) and PostgreSQL (cluster).

-- A merchant's account at a payment provider: its events arrive at /hooks/psp/{provider}/{id}. The settings hold the
-- secrets that tell a genuine event (signing secrets, HMAC keys, a URL token) and are sealed like shops' credentials.
CREATE TABLE psp_accounts (
    id               VARCHAR(64)  PRIMARY KEY,
    provider         VARCHAR(20)  NOT NULL,
    merchant_id      VARCHAR(40)  NOT NULL REFERENCES merchants (id),
    settings_sealed  VARCHAR(100000) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Declines a provider reported, keyed as the engine keeps them (HMAC, never the raw values; "kind:hash" lines), so
-- that card-testing state is rebuilt at start like velocity. One row per declined attempt (SHA-256 of merchant,
-- provider and the provider's attempt id): an event applied again, or a second event about the same attempt (Stripe
-- sends charge.failed and payment_intent.payment_failed), adds none.
CREATE TABLE psp_declines (
    decline_key  CHAR(64)     PRIMARY KEY,
    merchant_id  VARCHAR(40)  NOT NULL,
    declined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    card_bin     VARCHAR(8),
    card_last4   VARCHAR(4),
    identity_keys VARCHAR(10000) NOT NULL
);
CREATE INDEX psp_declines_at ON psp_declines (declined_at);

-- Who reported a feedback: the merchant through the API, or the provider whose event it was.
ALTER TABLE screening_feedback ADD COLUMN source VARCHAR(20) DEFAULT 'merchant' NOT NULL;

-- A provider's event names its payment by the merchant's order id when it has no reference Mamori was given.
CREATE INDEX screenings_order ON screenings (merchant_id, order_id, screened_at);
