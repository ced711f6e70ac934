-- A coached group's details carry a row version, as people, incidents,
-- networks and circles do: a save made from an older version is refused
-- instead of overwriting a change made meanwhile.
ALTER TABLE coached_groups ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
