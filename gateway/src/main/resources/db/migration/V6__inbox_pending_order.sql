-- The worker takes pending deliveries oldest first; with this index it reads them in that order and
-- stops after a batch, instead of sorting every due delivery on each poll (a backlog on a busy sale day).
DROP INDEX inbox_due;
CREATE INDEX inbox_pending ON inbox (status, received_at);
