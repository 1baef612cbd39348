-- Handoff: the roster of learning technologists, their open-handoff counts,
-- handoffs with their history, and the chat threads opened for them.
-- Times are epoch milliseconds (BIGINT); lists and nested detail are JSON text.

-- id is the lower-cased email; position keeps the roster file's order for export.
-- detail holds what is only read, never queried: time zone, hours, absences, expertise.
CREATE TABLE technologists (
    id         VARCHAR(320) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    email      VARCHAR(320) NOT NULL,
    available  BOOLEAN NOT NULL,
    capacity   INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    detail     TEXT NOT NULL
);

CREATE TABLE technologist_chat_ids (
    platform        VARCHAR(40) NOT NULL,
    user_id         VARCHAR(200) NOT NULL,
    technologist_id VARCHAR(320) NOT NULL REFERENCES technologists (id) ON DELETE CASCADE,
    PRIMARY KEY (platform, user_id)
);

-- Kept apart from technologists so that an import never resets a load; a
-- conditional UPDATE ... WHERE open_count < capacity takes a slot atomically.
CREATE TABLE technologist_load (
    technologist_id  VARCHAR(320) PRIMARY KEY,
    open_count       INTEGER NOT NULL,
    last_assigned_at BIGINT
);

CREATE TABLE handoffs (
    id                 ${id},
    request_id         BIGINT NOT NULL,
    staff_platform     VARCHAR(40) NOT NULL,
    staff_user         VARCHAR(200) NOT NULL,
    staff_conversation VARCHAR(300) NOT NULL,
    staff_name         VARCHAR(200) NOT NULL,
    kind               VARCHAR(20) NOT NULL,
    problem            TEXT NOT NULL,
    need_ids           TEXT NOT NULL,
    tool_ids           TEXT NOT NULL,
    summary            TEXT NOT NULL,
    requested_at       BIGINT NOT NULL,
    state              VARCHAR(20) NOT NULL,
    technologist_id    VARCHAR(320),
    offered_at         BIGINT,
    due_at             BIGINT,
    acknowledged_at    BIGINT,
    waited_millis      BIGINT,
    resolved_at        BIGINT,
    outcome            TEXT,
    missed_deadlines   INTEGER NOT NULL,
    team_posted_at     BIGINT,
    version            INTEGER NOT NULL
);

CREATE INDEX handoffs_state_due ON handoffs (state, due_at);
CREATE INDEX handoffs_state_requested ON handoffs (state, requested_at);
CREATE INDEX handoffs_request ON handoffs (request_id);

CREATE TABLE handoff_history (
    id              ${id},
    handoff_id      BIGINT NOT NULL REFERENCES handoffs (id),
    at              BIGINT NOT NULL,
    event           VARCHAR(30) NOT NULL,
    technologist_id VARCHAR(320),
    detail          TEXT NOT NULL
);

CREATE INDEX handoff_history_handoff ON handoff_history (handoff_id, id);

CREATE TABLE handoff_threads (
    platform     VARCHAR(40) NOT NULL,
    conversation VARCHAR(300) NOT NULL,
    handoff_id   BIGINT NOT NULL REFERENCES handoffs (id),
    opened_at    BIGINT NOT NULL,
    PRIMARY KEY (platform, conversation)
);
