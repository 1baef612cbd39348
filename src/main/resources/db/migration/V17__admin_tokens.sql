-- The admin console's second part: bearer tokens for the JSON API, the
-- institution's closure dates, example phrasings admins add from messages
-- Doorway did not understand, and which of those messages were dealt with.
-- Times are epoch milliseconds; days are ISO text (YYYY-MM-DD), which sorts as dates.

-- Only the SHA-256 hash of a token is kept; the token itself is printed once.
CREATE TABLE admin_api_tokens (
    id          ${id},
    name        VARCHAR(100) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at  BIGINT       NOT NULL,
    last_used_at BIGINT,
    revoked_at  BIGINT
);

CREATE TABLE institution_closures (
    id         ${id},
    first_day  VARCHAR(10)  NOT NULL,
    last_day   VARCHAR(10)  NOT NULL,
    name       VARCHAR(200) NOT NULL
);

-- Read by the classifier when it is next built, beside the bundled examples.yaml.
CREATE TABLE added_phrasings (
    id          ${id},
    need_id     VARCHAR(100) NOT NULL,
    text        TEXT         NOT NULL,
    request_id  BIGINT,
    added_by    VARCHAR(320) NOT NULL,
    added_at    BIGINT       NOT NULL
);

-- A message from the "not understood" queue that an admin dealt with: it leaves the queue.
CREATE TABLE reviewed_requests (
    request_id  BIGINT PRIMARY KEY,
    action      VARCHAR(40)  NOT NULL,
    actor       VARCHAR(320) NOT NULL,
    at          BIGINT       NOT NULL
);
