-- The review queue pages newest first. H2 reads an index in order (and stops at the page's end) only when the
-- ORDER BY names the index's columns from the first: with (merchant_id, decision, screened_at) it fetched every
-- screening of the merchant and decision and sorted them all for each page (25 ms at 14,000 in the queue, growing
-- with it). Each query shape now has an index whose columns it orders by, id last as the tie-breaker of the cursor.
DROP INDEX screenings_queue;
CREATE INDEX screenings_queue ON screenings (merchant_id, decision, screened_at, id);
CREATE INDEX screenings_recent ON screenings (merchant_id, screened_at, id);
