-- Inbound events become a durable inbox. An event whose work should survive a
-- restart keeps that work (JSON the platform adapter wrote) until the unit of
-- work that answers it sets handled_at, so an event acked just before a crash
-- is still answered afterwards, once. Rows without work only de-duplicate.

ALTER TABLE processed_events ADD COLUMN work TEXT;
ALTER TABLE processed_events ADD COLUMN handled_at BIGINT;

CREATE INDEX processed_events_pending ON processed_events (received_at)
    WHERE handled_at IS NULL AND work IS NOT NULL;
