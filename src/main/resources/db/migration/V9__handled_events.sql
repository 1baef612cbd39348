-- On SQLite the inbox lives in a file of its own (db/inbox), so that acks
-- never queue behind conversations. The mark that an event was answered stays
-- in this database, written in the same transaction as the answer, so the
-- answer and the mark still commit together, once. The primary key lets only
-- one unit of work take an event. (PostgreSQL keeps its inbox in
-- processed_events and does not use this table.)

CREATE TABLE handled_events (
    event_key  VARCHAR(300) PRIMARY KEY,
    handled_at BIGINT NOT NULL
);

CREATE INDEX handled_events_handled_at ON handled_events (handled_at);
