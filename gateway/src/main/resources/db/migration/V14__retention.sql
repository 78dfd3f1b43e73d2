-- Retention (RetentionPass): screenings older than MAMORI_SCREENINGS_KEPT_FOR are deleted with every row tied to them,
-- and idempotency keys older than MAMORI_IDEMPOTENCY_KEYS_KEPT_FOR on their own, a batch per commit. Without these
-- indexes each batch would read whole tables: the pass walks the screenings oldest first, and a batch deletes the rows
-- of its screenings from tables that had no index by screening. Screening ids and claim times grow with time, so new
-- rows go at the end of these indexes and cost a screening's commit little.
-- Written for both H2 (embedded default) and PostgreSQL (cluster).
CREATE INDEX screenings_screened_at ON screenings (screened_at, id);
CREATE INDEX authorizations_screening ON authorizations (screening_id);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
CREATE INDEX ec_cube_screened_screening ON ec_cube_screened (screening_id);
