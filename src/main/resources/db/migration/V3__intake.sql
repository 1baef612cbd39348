-- The intake conversation: one row of state per conversation (JSON), and every
-- request kept with its classification, steps and outcome for reports.

CREATE TABLE conversations (
    platform        VARCHAR(20)  NOT NULL,
    user_id         VARCHAR(200) NOT NULL,
    conversation_id VARCHAR(300) NOT NULL,
    state           TEXT         NOT NULL,
    updated_at      BIGINT       NOT NULL,
    PRIMARY KEY (platform, user_id, conversation_id)
);

CREATE TABLE requests (
    id              ${id},
    platform        VARCHAR(20)  NOT NULL,
    user_id         VARCHAR(200) NOT NULL,
    conversation_id VARCHAR(300) NOT NULL,
    text            TEXT         NOT NULL,
    outcome         VARCHAR(40),
    top_need        VARCHAR(100),
    confidence      DOUBLE PRECISION,
    status          VARCHAR(40)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL
);

CREATE INDEX requests_by_user ON requests (platform, user_id, created_at);

CREATE TABLE request_events (
    id          ${id},
    request_id  BIGINT       NOT NULL REFERENCES requests (id),
    kind        VARCHAR(40)  NOT NULL,
    detail      TEXT,
    at          BIGINT       NOT NULL
);

CREATE INDEX request_events_by_request ON request_events (request_id);
