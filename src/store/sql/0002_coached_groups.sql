-- Coached peer-support groups: funding sources, registrations, groups,
-- sessions and attendance. People are referred to without cascading, so a
-- person in a registration or group is deactivated, never deleted.

CREATE TABLE funding_sources (
    id             INTEGER PRIMARY KEY,
    code           TEXT UNIQUE,
    name           TEXT CHECK (name IS NULL OR length(trim(name)) > 0),
    central_budget INTEGER NOT NULL DEFAULT 0 CHECK (central_budget IN (0, 1)),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order     INTEGER NOT NULL DEFAULT 0,
    CHECK (code IS NOT NULL OR name IS NOT NULL),
    UNIQUE (name COLLATE NOCASE)
) STRICT;

INSERT INTO funding_sources (code, central_budget, sort_order) VALUES
    ('central-postdoc-budget', 1, 1),
    ('self-paid', 0, 2);

CREATE TABLE coached_groups (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    status             TEXT NOT NULL CHECK (status IN ('forming', 'running', 'completed', 'cancelled')),
    coach_id           INTEGER REFERENCES people(id),
    location           TEXT NOT NULL DEFAULT '',
    meeting_link       TEXT NOT NULL DEFAULT '',
    hourly_rate_cents  INTEGER NOT NULL CHECK (hourly_rate_cents > 0),
    session_minutes    INTEGER NOT NULL CHECK (session_minutes > 0),
    sessions           INTEGER NOT NULL CHECK (sessions > 0),
    max_group_size     INTEGER NOT NULL CHECK (max_group_size > 0),
    application        TEXT CHECK (application IN ('to_apply', 'applied', 'approved', 'refused')),
    applied_on         TEXT,
    decided_on         TEXT,
    formed_on          TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;

CREATE TABLE registrations (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('group', 'individual')),
    registered_on TEXT NOT NULL,
    contact_id    INTEGER REFERENCES people(id),
    preferred     TEXT NOT NULL DEFAULT '',
    theme         TEXT NOT NULL DEFAULT '',
    funding_id    INTEGER NOT NULL REFERENCES funding_sources(id),
    group_id      INTEGER REFERENCES coached_groups(id),
    price_cents   INTEGER,
    withdrawn     INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    created_at    TEXT NOT NULL
) STRICT;

CREATE INDEX registrations_group ON registrations (group_id);

CREATE TABLE registration_people (
    registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES people(id),
    position        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (registration_id, person_id)
) STRICT;

CREATE INDEX registration_people_person ON registration_people (person_id);

CREATE TABLE group_members (
    group_id        INTEGER NOT NULL REFERENCES coached_groups(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (group_id, person_id)
) STRICT;

CREATE INDEX group_members_person ON group_members (person_id);

CREATE TABLE sessions (
    id        INTEGER PRIMARY KEY,
    group_id  INTEGER NOT NULL REFERENCES coached_groups(id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    minutes   INTEGER NOT NULL CHECK (minutes > 0),
    status    TEXT NOT NULL CHECK (status IN ('planned', 'cancelled')),
    sequence  INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX sessions_group ON sessions (group_id, starts_at);
CREATE INDEX sessions_start ON sessions (starts_at);

CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id),
    mark       TEXT NOT NULL CHECK (mark IN ('present', 'excused', 'absent')),
    PRIMARY KEY (session_id, person_id)
) STRICT;
