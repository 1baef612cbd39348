-- The admin console: single-use sign-in links, browser sessions and the audit log.
-- Secrets are never stored: links and sessions are kept as SHA-256 hashes of
-- the token the browser holds. Times are epoch milliseconds.

CREATE TABLE admin_sign_in_links (
    token_hash  VARCHAR(64) PRIMARY KEY,
    email       VARCHAR(320) NOT NULL,
    role        VARCHAR(20) NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);

CREATE TABLE admin_sessions (
    token_hash  VARCHAR(64) PRIMARY KEY,
    email       VARCHAR(320) NOT NULL,
    role        VARCHAR(20) NOT NULL,
    csrf_token  VARCHAR(64) NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);

CREATE INDEX admin_sessions_expires_at ON admin_sessions (expires_at);

-- Append-only: Doorway only ever INSERTs here and SELECTs from here. before
-- and after are the changed thing as JSON (null when it did not exist).
CREATE TABLE admin_audit_log (
    id          ${id},
    at          BIGINT NOT NULL,
    actor       VARCHAR(320) NOT NULL,
    action      VARCHAR(60) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    before_json TEXT,
    after_json  TEXT
);

CREATE INDEX admin_audit_log_at ON admin_audit_log (at);
