-- What the scoring engine remembers of an order besides its identity keys (issue 4): first-purchase-only
-- items, the affiliate, card BIN and last four digits, the amount; in the engine's own text form
-- (OrderFacts.encode), never personal data. Rebuilt into the engine's ledgers at start like velocity.
-- long_term marks the screenings whose facts outlive velocity's windows (first-purchase-only items, an
-- affiliate's own order): those are replayed back to first_purchase_lookback, the rest only as far as velocity.
-- Written for both H2 (embedded default) and PostgreSQL (cluster).
ALTER TABLE screenings ADD COLUMN order_facts VARCHAR(65535);
ALTER TABLE screenings ADD COLUMN long_term BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX screenings_long_term ON screenings (long_term, ordered_at);
