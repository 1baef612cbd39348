-- Teams sign-in names (user principal names) Doorway learned from the Bot
-- Connector's conversation members call (issue 16): a Teams chat link between
-- two colleagues (https://teams.microsoft.com/l/chat/0/0?users=UPN1,UPN2)
-- needs both, and an activity carries neither. Looked up only for people
-- Doorway is about to introduce, kept so that any instance can build the link,
-- and deleted by 'doorway privacy erase'. person_id is the Entra ID object id
-- (else the Teams user id), as conversation keys hold it.

CREATE TABLE teams_sign_in_names (
    person_id    VARCHAR(200) PRIMARY KEY,
    sign_in_name VARCHAR(320) NOT NULL,
    learned_at   BIGINT       NOT NULL
);
