-- The curated catalogue. Each tool is kept whole as JSON text in the shape of
-- the catalogue file, so a new optional field needs no migration; the
-- catalogue is always read whole into a cached snapshot. catalogue_tool_needs
-- repeats each tool's needs for queries and reports. Portable: runs unchanged
-- on SQLite and PostgreSQL.
CREATE TABLE catalogue_tools (
    id       TEXT    NOT NULL PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    body     TEXT    NOT NULL
);

CREATE TABLE catalogue_tool_needs (
    tool_id  TEXT    NOT NULL REFERENCES catalogue_tools (id),
    need_id  TEXT    NOT NULL,
    strength INTEGER NOT NULL,
    PRIMARY KEY (tool_id, need_id)
);

CREATE INDEX catalogue_tool_needs_by_need ON catalogue_tool_needs (need_id, strength);

-- One row. revision grows on every change, so every instance's cache can
-- notice an import made elsewhere with one cheap read.
CREATE TABLE catalogue_meta (
    id       INTEGER NOT NULL PRIMARY KEY,
    revision BIGINT  NOT NULL
);

INSERT INTO catalogue_meta (id, revision) VALUES (1, 0);
