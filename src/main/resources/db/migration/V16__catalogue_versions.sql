-- The catalogue's review workflow (issue 17): an edit in the console is a
-- draft until a second person approves it; every published entry is kept as
-- a version, so any two can be compared and an old one restored. Times are
-- epoch milliseconds; entries are the catalogue file's tree shape as JSON.

-- At most one pending draft per tool (a later save replaces it, by whoever
-- saves). state: pending, published, rejected. base_version is the
-- fingerprint of the published entry the draft was made from (null for a new
-- tool), so a publish over someone else's newer publish is refused.
CREATE TABLE catalogue_drafts (
    id           ${id},
    tool_id      VARCHAR(200) NOT NULL,
    entry_json   TEXT         NOT NULL,
    base_version VARCHAR(64),
    editor       VARCHAR(320) NOT NULL,
    created_at   BIGINT       NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    decided_by   VARCHAR(320),
    decided_at   BIGINT,
    note         VARCHAR(1000)
);

CREATE INDEX catalogue_drafts_state ON catalogue_drafts (state, tool_id);

-- Append-only: one row per published entry. number counts from 1 per tool;
-- how: imported (the entry as it was before its first publish here),
-- published, rolled-back (then from_number names the version restored).
CREATE TABLE catalogue_versions (
    id           ${id},
    tool_id      VARCHAR(200) NOT NULL,
    number       INTEGER      NOT NULL,
    entry_json   TEXT         NOT NULL,
    how          VARCHAR(20)  NOT NULL,
    from_number  INTEGER,
    editor       VARCHAR(320),
    approver     VARCHAR(320),
    published_at BIGINT       NOT NULL,
    UNIQUE (tool_id, number)
);

-- Review-date reminders: one row per entry and review period claims the
-- reminder, in the same transaction as the chat messages it queues.
CREATE TABLE catalogue_review_reminders (
    tool_id  VARCHAR(200) NOT NULL,
    period   VARCHAR(20)  NOT NULL,
    sent_at  BIGINT       NOT NULL,
    owners   INTEGER      NOT NULL,
    PRIMARY KEY (tool_id, period)
);
