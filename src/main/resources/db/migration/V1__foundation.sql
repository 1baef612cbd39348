-- Foundation: settings, de-duplication of inbound events, and leases that let
-- one instance at a time claim a job. Times are epoch milliseconds (BIGINT),
-- the same on SQLite and PostgreSQL.

CREATE TABLE settings (
    name  VARCHAR(200) PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE processed_events (
    event_key   VARCHAR(300) PRIMARY KEY,
    received_at BIGINT NOT NULL
);

CREATE INDEX processed_events_received_at ON processed_events (received_at);

CREATE TABLE leases (
    name        VARCHAR(200) PRIMARY KEY,
    owner       VARCHAR(200) NOT NULL,
    expires_at  BIGINT NOT NULL
);
