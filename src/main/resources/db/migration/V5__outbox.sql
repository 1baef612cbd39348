-- Outbound calls to chat platforms, written in the same transaction as the
-- state change that caused them and delivered by the outbox worker.
-- status: pending (to deliver), delivered, failed (gave up; kept to inspect).
-- A pending item is claimed by setting claimed_by/claimed_until; a claim that
-- expires (its instance died) makes the item claimable again. Items of one
-- lane (a conversation) are delivered in id order. Times are epoch millis.

CREATE TABLE outbox (
    id              ${id},
    platform        VARCHAR(40)  NOT NULL,
    operation       VARCHAR(80)  NOT NULL,
    lane            VARCHAR(300) NOT NULL,
    payload         TEXT         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at BIGINT       NOT NULL,
    claimed_by      VARCHAR(200),
    claimed_until   BIGINT,
    last_error      TEXT,
    created_at      BIGINT       NOT NULL,
    finished_at     BIGINT
);

CREATE INDEX outbox_due ON outbox (platform, status, next_attempt_at);
CREATE INDEX outbox_lane ON outbox (lane, status, id);
