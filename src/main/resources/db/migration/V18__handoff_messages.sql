-- The technologist's side (issue 20): every chat message that offers a
-- handoff's buttons, so that each state change can rewrite every one of them
-- (Slack: channel + ts; Teams: conversation + activity id + serviceUrl), and
-- whether a handoff is urgent, so routing and the SLA give it priority.
-- audience is 'team' or 'technologist:<id>': who the message was written for,
-- which decides the buttons it keeps. shown_version is the handoff version the
-- message shows, so a refresh is applied once and never over a newer one.
-- No foreign key to handoffs: a row is written by the courier after the
-- platform accepted the post, and must never make that delivery fail.

CREATE TABLE handoff_messages (
    id            ${id},
    handoff_id    BIGINT       NOT NULL,
    platform      VARCHAR(40)  NOT NULL,
    audience      VARCHAR(400) NOT NULL,
    conversation  VARCHAR(500) NOT NULL,
    message       VARCHAR(200) NOT NULL,
    service_url   VARCHAR(500),
    shown_version INTEGER      NOT NULL,
    posted_at     BIGINT       NOT NULL,
    UNIQUE (platform, conversation, message)
);

CREATE INDEX handoff_messages_by_handoff ON handoff_messages (handoff_id, platform);

ALTER TABLE handoffs ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
