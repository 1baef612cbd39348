-- "Remind me" on a webinar session: one row per person and session. The
-- reminders job sends the day-before reminder when remind_at has come and
-- the recording/Q&A follow-up once the session has ended, each exactly once:
-- it claims a row by setting reminded_at / followed_up_at with a conditional
-- UPDATE in the same transaction as the outbox row it queues. Times are epoch
-- millis; reminded_at is set at once when the click came less than a day ahead.

CREATE TABLE webinar_reminders (
    id             ${id},
    platform       VARCHAR(40)  NOT NULL,
    user_id        VARCHAR(200) NOT NULL,
    conversation   VARCHAR(300) NOT NULL,
    session_id     VARCHAR(200) NOT NULL,
    starts_at      BIGINT       NOT NULL,
    ends_at        BIGINT       NOT NULL,
    remind_at      BIGINT       NOT NULL,
    reminded_at    BIGINT,
    followed_up_at BIGINT,
    created_at     BIGINT       NOT NULL,
    UNIQUE (platform, user_id, session_id)
);

CREATE INDEX webinar_reminders_due ON webinar_reminders (reminded_at, remind_at);
CREATE INDEX webinar_reminders_ended ON webinar_reminders (followed_up_at, ends_at);
