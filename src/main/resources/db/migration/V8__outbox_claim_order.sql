-- The outbox worker claims the oldest due items in id order. The first index lets
-- the claim walk pending items in that order and stop after one batch, instead
-- of sorting every due item each time (a backlog of thousands made each claim
-- slower than the deliveries it fed).

CREATE INDEX outbox_pending ON outbox (platform, status, id);

-- The claimant reads back what it won by claimed_by, which is set only while
-- an item is being delivered: a small partial index finds those rows without
-- scanning every delivered item kept for inspection.
CREATE INDEX outbox_claimed ON outbox (claimed_by) WHERE claimed_by IS NOT NULL;
