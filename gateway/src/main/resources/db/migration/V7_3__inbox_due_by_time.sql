-- Due deliveries are looked up by when they are due, not by when they arrived: deliveries deferred for a
-- shop that must be authorized again (due far in the future, possibly thousands of them) then lie outside
-- the range each look-up reads, instead of at its front, read and skipped by every poll.
DROP INDEX inbox_pending;
CREATE INDEX inbox_due ON inbox (status, next_attempt_at);
