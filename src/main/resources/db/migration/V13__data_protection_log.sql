-- Data protection duties: each subject access export, erasure and retention run
-- is recorded here (UK GDPR accountability). The subject is kept as a digest of
-- their platform id, never in clear, so that the record of an erasure does not
-- keep the person it erased. Times are epoch millis.

CREATE TABLE data_protection_log (
    id       ${id},
    at       BIGINT       NOT NULL,
    action   VARCHAR(20)  NOT NULL,
    subject  VARCHAR(40)  NOT NULL,
    detail   TEXT         NOT NULL
);

CREATE INDEX data_protection_log_at ON data_protection_log (at);
