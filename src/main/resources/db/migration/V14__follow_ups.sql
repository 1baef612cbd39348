-- Closing the loop (issue 16). One follow-up per request (request_id is unique,
-- so accepting suggestions and then a resolved handoff schedule one, not two).
-- The follow-ups job claims a row by setting sent_at / reminded_at with a
-- conditional UPDATE in the same transaction as the outbox row it queues, so
-- each message goes out once across restarts and instances. The two consents
-- are separate columns, each with its date; withdrawing sets withdrawn_at and
-- clears both. Times are epoch millis.

CREATE TABLE follow_ups (
    id              ${id},
    request_id      BIGINT       NOT NULL UNIQUE,
    platform        VARCHAR(40)  NOT NULL,
    user_id         VARCHAR(200) NOT NULL,
    conversation    VARCHAR(300) NOT NULL,
    person_name     VARCHAR(200),
    need_id         VARCHAR(100) NOT NULL,
    tool_id         VARCHAR(200) NOT NULL,
    handoff_id      BIGINT,
    problem         TEXT         NOT NULL,
    notes           TEXT         NOT NULL,
    due_at          BIGINT       NOT NULL,
    sent_at         BIGINT,
    reminded_at     BIGINT,
    outcome         VARCHAR(20),
    outcome_at      BIGINT,
    comment         TEXT,
    comment_until   BIGINT,
    story           VARCHAR(20),
    story_at        BIGINT,
    contact         BOOLEAN,
    contact_at      BIGINT,
    withdrawn_at    BIGINT,
    created_at      BIGINT       NOT NULL
);

CREATE INDEX follow_ups_due ON follow_ups (sent_at, due_at);
CREATE INDEX follow_ups_person ON follow_ups (platform, user_id);

-- Case studies drafted from follow-ups, waiting for an admin (draft), shown in
-- suggestions (published), turned down (rejected) or taken back by their
-- author (withdrawn). author is set only with named consent.
CREATE TABLE case_study_drafts (
    id              ${id},
    follow_up_id    BIGINT       NOT NULL UNIQUE REFERENCES follow_ups (id),
    tool_id         VARCHAR(200) NOT NULL,
    need_id         VARCHAR(100) NOT NULL,
    title           VARCHAR(300) NOT NULL,
    summary         TEXT         NOT NULL,
    author          VARCHAR(200),
    state           VARCHAR(20)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    reviewed_at     BIGINT
);

CREATE INDEX case_study_drafts_tool ON case_study_drafts (tool_id, state);

-- "Talk to a colleague": the asker's click, the author's answer.
CREATE TABLE colleague_intros (
    id              ${id},
    story_id        BIGINT       NOT NULL REFERENCES case_study_drafts (id),
    platform        VARCHAR(40)  NOT NULL,
    user_id         VARCHAR(200) NOT NULL,
    conversation    VARCHAR(300) NOT NULL,
    asker_name      VARCHAR(200) NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    answered_at     BIGINT,
    UNIQUE (story_id, platform, user_id)
);

-- The follow-ups job looks for new "looks right" reactions and resolved handoffs every run.
CREATE INDEX request_events_kind_at ON request_events (kind, at);
CREATE INDEX handoffs_state_resolved ON handoffs (state, resolved_at);
