-- The foundation: settings, editable lists and the people directory.
-- Later tables refer to people(id) without ON DELETE CASCADE, so that a
-- person who is referred to cannot be deleted and is deactivated instead.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- Built-in choices have a code and no name: the window shows them in the
-- user's language. A name typed by the user (new or renamed) wins.
CREATE TABLE list_items (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('position', 'career_phase')),
    code       TEXT UNIQUE,
    name       TEXT CHECK (name IS NULL OR length(trim(name)) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    CHECK (code IS NOT NULL OR name IS NOT NULL),
    UNIQUE (kind, name COLLATE NOCASE)
) STRICT;

INSERT INTO list_items (kind, code, sort_order) VALUES
    ('position', 'postdoc', 1),
    ('position', 'phd-candidate', 2),
    ('position', 'nurse', 3),
    ('position', 'resident', 4),
    ('position', 'medical-specialist', 5),
    ('position', 'staff-member', 6),
    ('position', 'researcher', 7),
    ('position', 'manager', 8),
    ('career_phase', 'clinical-rotations', 1),
    ('career_phase', 'working-as-doctor', 2),
    ('career_phase', 'assessment-procedure', 3),
    ('career_phase', 'early-career', 4),
    ('career_phase', 'mid-career', 5),
    ('career_phase', 'senior', 6);

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
