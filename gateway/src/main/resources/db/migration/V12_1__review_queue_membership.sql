-- The review queue (GET /v1/screenings?decision=REVIEW) holds more than REVIEW decisions: an NG whose authorization
-- had already been answered by the merchant's fallback (the PSP was told accept, say, before the screening refused
-- it) waits there for a person too. The decision alone no longer says which screenings are queued, so a column
-- does, with an index the queue's pages are read in, newest first, as V9_1 explains. Set at insert for REVIEW and
-- when an authorization is recorded for an NG after a fallback; the stored answer is never rewritten.
-- Written for both H2 (embedded default) and PostgreSQL (cluster).
ALTER TABLE screenings ADD COLUMN in_review_queue BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE screenings SET in_review_queue = TRUE WHERE decision = 'REVIEW';
UPDATE screenings SET in_review_queue = TRUE
    WHERE decision = 'NG' AND id IN (SELECT screening_id FROM authorizations WHERE fallback = TRUE);
CREATE INDEX screenings_review_queue ON screenings (merchant_id, in_review_queue, screened_at, id);
