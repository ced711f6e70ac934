-- Safe data: row versions, so that a save never silently overwrites a change
-- made since the record was loaded; and the erasure journal, so that a
-- restored backup does not bring back a person who has since been erased.
-- The journal holds ids and creation times only, never a name.

ALTER TABLE people ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE erasures (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('person')),
    record_id     INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    erased_at     TEXT NOT NULL,
    UNIQUE (kind, record_id, created_at)
) STRICT;
