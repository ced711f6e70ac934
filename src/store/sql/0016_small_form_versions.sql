-- Registrations, funding sources, intervisie methods, mentor profiles and
-- circle meetings carry a row version, as people, coached groups, networks,
-- circles and incidents do: a save made from a form opened before another
-- change is refused instead of overwriting that change.
ALTER TABLE registrations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE funding_sources ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE methods ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE mentor_profiles ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE circle_meetings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
