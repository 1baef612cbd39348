-- Microsoft Teams: a reference to every conversation Doorway is part of, so it
-- can write first (proactive messages need the region's serviceUrl, the tenant
-- and the bot's id), and the cards with buttons it sent, so a clicked card is
-- replaced by one without buttons, once. Times are epoch milliseconds.

CREATE TABLE teams_conversations (
    id                ${id},
    conversation_id   VARCHAR(500) NOT NULL UNIQUE,
    conversation_type VARCHAR(20)  NOT NULL,
    service_url       VARCHAR(500) NOT NULL,
    tenant_id         VARCHAR(100),
    user_id           VARCHAR(200),
    user_aad_id       VARCHAR(100),
    bot_id            VARCHAR(200) NOT NULL,
    updated_at        BIGINT       NOT NULL,
    welcomed_at       BIGINT
);

CREATE INDEX teams_conversations_by_aad_user ON teams_conversations (user_aad_id);
CREATE INDEX teams_conversations_by_user ON teams_conversations (user_id);

CREATE TABLE teams_cards (
    id              ${id},
    conversation_id VARCHAR(500) NOT NULL,
    activity_id     VARCHAR(200) NOT NULL,
    card            TEXT         NOT NULL,
    sent_at         BIGINT       NOT NULL,
    clicked_at      BIGINT,
    UNIQUE (conversation_id, activity_id)
);

CREATE INDEX teams_cards_by_sent_at ON teams_cards (sent_at);
