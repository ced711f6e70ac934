-- Incident ("second victim") peer support. By design no table here has a
-- column that could hold what was said: only codes, references, dates and
-- links (a test lists every TEXT column against an allowlist).

-- The editable lists of this programme: incident types, who reported,
-- where an employee is referred to.
CREATE TABLE case_list_items (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('incident_type', 'reporter', 'referral')),
    code       TEXT,
    name       TEXT CHECK (name IS NULL OR length(trim(name)) BETWEEN 1 AND 80),
    sort_order INTEGER NOT NULL DEFAULT 0,
    CHECK (code IS NOT NULL OR name IS NOT NULL),
    UNIQUE (kind, code),
    UNIQUE (kind, name COLLATE NOCASE)
) STRICT;

INSERT INTO case_list_items (kind, code, sort_order) VALUES
    ('incident_type', 'calamity', 1),
    ('incident_type', 'aggression', 2),
    ('incident_type', 'serious-consequences', 3),
    ('incident_type', 'complaint-or-disciplinary', 4),
    ('incident_type', 'other', 5),
    ('reporter', 'calamity-advisory-group', 1),
    ('reporter', 'board', 2),
    ('reporter', 'manager', 3),
    ('reporter', 'employee', 4),
    ('reporter', 'colleague', 5),
    ('referral', 'company-doctor', 1),
    ('referral', 'psychologist', 2),
    ('referral', 'general-practitioner', 3),
    ('referral', 'employee-assistance', 4),
    ('referral', 'other', 5);

CREATE TABLE incidents (
    id            INTEGER PRIMARY KEY,
    reference     TEXT NOT NULL UNIQUE CHECK (reference GLOB 'I-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9]*'),
    occurred_on   TEXT NOT NULL CHECK (occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    occurred_time TEXT CHECK (occurred_time IS NULL OR occurred_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    reported_at   TEXT NOT NULL CHECK (reported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    type_id       INTEGER NOT NULL REFERENCES case_list_items(id) ON DELETE RESTRICT,
    reporter_id   INTEGER NOT NULL REFERENCES case_list_items(id) ON DELETE RESTRICT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1
) STRICT;

-- The department(s) where it happened, as the directory names them.
CREATE TABLE incident_departments (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    department  TEXT NOT NULL CHECK (length(trim(department)) BETWEEN 1 AND 80),
    PRIMARY KEY (incident_id, department)
) STRICT;

-- One support trajectory per employee involved in an incident.
CREATE TABLE trajectories (
    id               INTEGER PRIMARY KEY,
    incident_id      INTEGER NOT NULL REFERENCES incidents(id) ON DELETE RESTRICT,
    employee_id      INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    other_department INTEGER NOT NULL DEFAULT 0 CHECK (other_department IN (0, 1)),
    outcome          TEXT CHECK (outcome IS NULL OR outcome IN ('closed', 'referred', 'declined')),
    referral_id      INTEGER REFERENCES case_list_items(id) ON DELETE RESTRICT,
    ended_on         TEXT CHECK (ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (incident_id, employee_id),
    CHECK ((outcome = 'referred') = (referral_id IS NOT NULL)),
    CHECK ((outcome IS NULL) = (ended_on IS NULL))
) STRICT;

-- Who supports a trajectory, and since when: a change keeps the earlier one.
CREATE TABLE trajectory_supporters (
    trajectory_id INTEGER NOT NULL REFERENCES trajectories(id) ON DELETE CASCADE,
    supporter_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    since         TEXT NOT NULL CHECK (since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (trajectory_id, since, supporter_id)
) STRICT;

-- Offers of support and their answers.
CREATE TABLE offers (
    id            INTEGER PRIMARY KEY,
    trajectory_id INTEGER NOT NULL REFERENCES trajectories(id) ON DELETE CASCADE,
    offered_on    TEXT NOT NULL CHECK (offered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    answer        TEXT CHECK (answer IS NULL OR answer IN ('accepted', 'declined', 'no-answer'))
) STRICT;

-- Conversations: planned, held or not held, and nothing else.
CREATE TABLE conversations (
    id            INTEGER PRIMARY KEY,
    trajectory_id INTEGER NOT NULL REFERENCES trajectories(id) ON DELETE CASCADE,
    step          TEXT NOT NULL CHECK (step IN ('first', 'second', 'third', 'extra')),
    planned_at    TEXT NOT NULL CHECK (planned_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    held_on       TEXT CHECK (held_on IS NULL OR held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    not_held      INTEGER NOT NULL DEFAULT 0 CHECK (not_held IN (0, 1)),
    CHECK (NOT (not_held = 1 AND held_on IS NOT NULL))
) STRICT;

-- What remains of a trajectory after its retention period: no one can be
-- recognised from it.
CREATE TABLE incident_statistics (
    id                 INTEGER PRIMARY KEY,
    year               INTEGER NOT NULL,
    quarter            INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    type_code          TEXT NOT NULL CHECK (length(type_code) BETWEEN 1 AND 40),
    hours_to_first     INTEGER,
    conversations_held INTEGER NOT NULL,
    outcome            TEXT NOT NULL CHECK (outcome IN ('closed', 'referred', 'declined'))
) STRICT;
