-- My queue, nudges and the staff side (issue 20).
-- handoff_nudges: each reminder a technologist gets about a request they
-- picked up and left (step 1 after one working day, step 3 after three), at
-- most once per handoff, holder and step. The nudge job claims a row with
-- INSERT ... ON CONFLICT DO NOTHING in the same transaction as the outbox rows
-- it queues, so across restarts and instances each reminder goes out once.
-- awaited_additions: a staff member pressed "Add information" where the
-- platform could not ask in a form (Teams); their next message, before
-- until_at, goes to the technologist. One per person. Times are epoch millis.

CREATE TABLE handoff_nudges (
    handoff_id      BIGINT       NOT NULL,
    technologist_id VARCHAR(320) NOT NULL,
    step            INTEGER      NOT NULL,
    sent_at         BIGINT       NOT NULL,
    PRIMARY KEY (handoff_id, technologist_id, step)
);

CREATE TABLE awaited_additions (
    platform   VARCHAR(40)  NOT NULL,
    user_id    VARCHAR(200) NOT NULL,
    handoff_id BIGINT       NOT NULL,
    until_at   BIGINT       NOT NULL,
    PRIMARY KEY (platform, user_id)
);

CREATE INDEX handoffs_staff_state ON handoffs (staff_platform, staff_user, state);
