-- When an outbox item's delivery may have reached the platform without its
-- outcome being recorded, so that the next attempt can ask the platform first
-- instead of sending it again.
-- claimed_at: when the current or last claim was made (kept after the claim ends).
-- unsure_since: set when an item is claimed again after a claim that expired
-- (its instance died mid-delivery) or after a failed attempt (a timeout may
-- still have been delivered); the earliest such attempt's claim time. Epoch millis.

ALTER TABLE outbox ADD COLUMN claimed_at BIGINT;
ALTER TABLE outbox ADD COLUMN unsure_since BIGINT;
