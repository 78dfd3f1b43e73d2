-- Authorizations a PSP asked for (POST /v1/authorizations), written once their screening is stored: what was
-- answered, whether the deadline forced it, and the PSP's reference to the payment, by which its later events
-- (disputes, fraud warnings, declines) find the screening.
CREATE TABLE authorizations (
    id             VARCHAR(40)  PRIMARY KEY,
    merchant_id    VARCHAR(64)  NOT NULL,
    screening_id   VARCHAR(40)  NOT NULL,
    psp_provider   VARCHAR(32),
    psp_reference  VARCHAR(255),
    action         VARCHAR(12)  NOT NULL,
    fallback       BOOLEAN      NOT NULL,
    answered_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX authorizations_psp ON authorizations (psp_provider, psp_reference);
