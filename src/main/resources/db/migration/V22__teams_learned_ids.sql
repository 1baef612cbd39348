-- Teams ids Doorway learned for technologists whom the roster names by email
-- only (issue 20): from the conversation's roster when they first write to
-- Doorway in Teams, or from Microsoft Graph where the institution allows it.
-- user_id is their Entra ID object id. Kept apart from technologist_chat_ids
-- (where the id is also written, for routing and clicks) because a roster
-- import replaces that table: the import puts learned ids back from here.
-- source is 'conversation' or 'graph'.

CREATE TABLE teams_learned_ids (
    technologist_id VARCHAR(320) PRIMARY KEY,
    user_id         VARCHAR(200) NOT NULL,
    source          VARCHAR(20)  NOT NULL,
    learned_at      BIGINT       NOT NULL
);
