-- One row per request: its story as folded from conversation_events by
-- org.doorway.reports.RequestFold, rewritten in the same transaction as each
-- event the request gets (store/RequestSummaries), so it always agrees with
-- the log. Reports read these rows instead of sweeping the whole log: a
-- report over 100,000 requests reads 100,000 rows, not half a million
-- events. Flags are 0/1. steps and outcomes are lines of tab-separated
-- pairs (kind, technologist / tool, result). events counts the log rows
-- folded; fold_version names the fold that wrote the row, so rows written
-- by an older fold are folded again at start. Rows are filled for requests
-- already in the log when Doorway starts (idempotent, progress logged).

CREATE TABLE request_summaries (
    request_id        BIGINT       PRIMARY KEY,
    opened_at         BIGINT       NOT NULL,
    platform          VARCHAR(20)  NOT NULL,
    staff_key         VARCHAR(64)  NOT NULL,
    need_id           VARCHAR(100),
    fault             SMALLINT     NOT NULL,
    unsure            SMALLINT     NOT NULL,
    no_tools          SMALLINT     NOT NULL,
    suggested         SMALLINT     NOT NULL,
    accepted          SMALLINT     NOT NULL,
    rejected          SMALLINT     NOT NULL,
    handed_off_at     BIGINT,
    first_response_at BIGINT,
    reopened          SMALLINT     NOT NULL,
    sla_moves         INTEGER      NOT NULL,
    team_channel      SMALLINT     NOT NULL,
    holder            VARCHAR(320),
    followed_up       SMALLINT     NOT NULL,
    steps             TEXT,
    outcomes          TEXT,
    events            INTEGER      NOT NULL,
    fold_version      INTEGER      NOT NULL
);

-- The report filters: a date range, optionally one platform or one need.
CREATE INDEX request_summaries_opened ON request_summaries (opened_at);
CREATE INDEX request_summaries_platform ON request_summaries (platform, opened_at);
CREATE INDEX request_summaries_need ON request_summaries (need_id, opened_at);
