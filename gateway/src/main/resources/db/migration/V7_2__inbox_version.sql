-- Every change of a delivery's row counts up its version. The worker takes deliveries both from the
-- webhooks that store them and from look-ups of this table; a look-up that answers after a delivery
-- finished still shows it pending, but with the version from before the finish, so it is not run twice.
ALTER TABLE inbox ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
