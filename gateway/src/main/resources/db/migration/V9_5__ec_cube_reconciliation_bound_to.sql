-- EC-CUBE reconciliation (issue 7): the high-water mark is a moment in one EC-CUBE's order history. A shop given
-- another base URL under the same id starts afresh (its first poll looks back MAMORI_EC_CUBE_RECONCILE_BACKFILL),
-- so the mark records which EC-CUBE it was taken for: SHA-256 of the base URL. NULL: taken before this column,
-- for the shop as it is configured. Written for both H2 (embedded default) and PostgreSQL (cluster).
ALTER TABLE ec_cube_reconciliation ADD COLUMN bound_to CHAR(64);
