-- Events whose turn failed for a reason that will not go away (a bug, an
-- unreadable event) are set aside here, in the same unit of work as the
-- apology, where an operator can list them ('doorway inbox list') and put them
-- back in the inbox once the cause is fixed ('doorway inbox replay KEY').
-- work is the event's kept work (the adapter's JSON), null for events that
-- kept none (a button press whose moment has passed).

CREATE TABLE set_aside_events (
    event_key    VARCHAR(300) PRIMARY KEY,
    received_at  BIGINT       NOT NULL,
    set_aside_at BIGINT       NOT NULL,
    reason       TEXT         NOT NULL,
    work         TEXT
);
