-- The worker takes pending deliveries oldest first; with this index it reads them in that order and
-- stops after a batch, instead of sorting every due delivery on each poll (a backlog on a busy sale day).
DROP INDEX inbox_due;
CREATE INDEX inbox_pending ON inbox (status, received_at);
-- "Is a newer delivery for this order waiting?" is asked for every delivery handed out: with
-- received_at in the index it is answered from the index alone, whatever the backlog.
DROP INDEX inbox_resource;
CREATE INDEX inbox_resource ON inbox (platform, shop, resource_id, status, received_at);
