-- The conversation event log: one append-only row per thing that happened to
-- a request, written in the same transaction as the change it records. Every
-- report figure is computed from this table (docs/metrics.md); nothing here
-- is ever updated. staff_key is a keyed digest of platform + user id, never the
-- raw id; technologist_id names the technologist a handoff step concerned.

CREATE TABLE conversation_events (
    id              ${id},
    request_id      BIGINT       NOT NULL,
    at              BIGINT       NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    need_id         VARCHAR(100),
    tool_id         VARCHAR(100),
    platform        VARCHAR(20)  NOT NULL,
    staff_key       VARCHAR(64)  NOT NULL,
    technologist_id VARCHAR(320),
    detail          VARCHAR(300)
);

-- Reports pick requests by when they were opened (kind = 'opened'), then read
-- each chosen request's events in order.
CREATE INDEX conversation_events_kind_at ON conversation_events (kind, at, request_id);
CREATE INDEX conversation_events_request ON conversation_events (request_id, at);

-- The key behind staff_key: made once per installation, shared by every instance.
CREATE TABLE pseudonym_key (
    id      INTEGER     PRIMARY KEY,
    secret  VARCHAR(64) NOT NULL
);
