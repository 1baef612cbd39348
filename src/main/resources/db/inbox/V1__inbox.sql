-- The inbox in a SQLite file of its own, beside the main database: the same
-- processed_events table as the main database's (V1 and V7 there). Every Slack
-- and Teams event is recorded here before its ack, so an ack never waits for a
-- conversation's transaction in the main file (SQLite lets one writer at a
-- time into a file). Whether a durable event was answered is decided by
-- handled_events in the main database, written in the answer's own
-- transaction; handled_at here is a copy of that mark, made afterwards, that
-- keeps the list of waiting events short.

CREATE TABLE processed_events (
    event_key   VARCHAR(300) PRIMARY KEY,
    received_at BIGINT NOT NULL,
    work        TEXT,
    handled_at  BIGINT
);

CREATE INDEX processed_events_received_at ON processed_events (received_at);

CREATE INDEX processed_events_pending ON processed_events (received_at)
    WHERE handled_at IS NULL AND work IS NOT NULL;
