-- The foundation: settings, editable lists and the people directory.
-- Later tables refer to people(id) without ON DELETE CASCADE, so that a
-- person who is referred to cannot be deleted and is deactivated instead.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE list_items (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('position', 'career_phase')),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, name COLLATE NOCASE)
) STRICT;

INSERT INTO list_items (kind, name, sort_order) VALUES
    ('position', 'PostDoc', 1),
    ('position', 'PhD candidate', 2),
    ('position', 'Nurse', 3),
    ('position', 'Resident', 4),
    ('position', 'Medical specialist', 5),
    ('position', 'Staff member', 6),
    ('position', 'Researcher', 7),
    ('position', 'Manager', 8),
    ('career_phase', 'Clinical rotations', 1),
    ('career_phase', 'Working as a doctor', 2),
    ('career_phase', 'Assessment procedure', 3),
    ('career_phase', 'Early career', 4),
    ('career_phase', 'Mid career', 5),
    ('career_phase', 'Senior', 6);

CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    organisation    TEXT NOT NULL DEFAULT '',
    department      TEXT NOT NULL DEFAULT '',
    position_id     INTEGER REFERENCES list_items(id) ON DELETE RESTRICT,
    career_phase_id INTEGER REFERENCES list_items(id) ON DELETE RESTRICT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE INDEX people_name ON people (name COLLATE NOCASE);
CREATE INDEX people_email ON people (email COLLATE NOCASE);

CREATE TABLE person_roles (
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('participant', 'coach', 'peer_supporter', 'circle_chair', 'mentor')),
    trained_on TEXT,
    PRIMARY KEY (person_id, role)
) STRICT;

CREATE INDEX person_roles_role ON person_roles (role);

CREATE TABLE person_languages (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    language  TEXT NOT NULL,
    PRIMARY KEY (person_id, language)
) STRICT;
