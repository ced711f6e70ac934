-- Intervisie circles and mentoring: sign-ups (each for one thing: a circle,
-- a mentor, or to mentor), circles with their chair, members and meetings,
-- intervisie methods with their phases, mentor profiles and pairs. A pair
-- keeps its meeting dates only, never notes.

CREATE TABLE circle_signups (
    id                INTEGER PRIMARY KEY,
    person_id         INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    signed_on         TEXT NOT NULL CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    phase_id          INTEGER REFERENCES list_items(id) ON DELETE RESTRICT,
    wish              TEXT NOT NULL CHECK (wish IN ('circle', 'mentor', 'offers-mentoring')),
    languages         TEXT NOT NULL CHECK (length(languages) BETWEEN 2 AND 60),
    preferred         TEXT NOT NULL DEFAULT '',
    rules_accepted_on TEXT NOT NULL CHECK (rules_accepted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status            TEXT NOT NULL CHECK (status IN ('waiting', 'placed', 'withdrawn')),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (phase_id IS NOT NULL OR wish = 'offers-mentoring')
) STRICT;

-- Someone waits for one circle and for one mentor at a time.
CREATE UNIQUE INDEX circle_signups_waiting ON circle_signups (person_id, wish) WHERE status = 'waiting';

CREATE TABLE circles (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    phase_id      INTEGER NOT NULL REFERENCES list_items(id) ON DELETE RESTRICT,
    chair_id      INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    online        INTEGER NOT NULL CHECK (online IN (0, 1)),
    place         TEXT NOT NULL CHECK (length(place) <= 300),
    -- NULL: the next date is agreed at each meeting.
    cadence_weeks INTEGER CHECK (cadence_weeks IS NULL OR cadence_weeks BETWEEN 1 AND 26),
    status        TEXT NOT NULL CHECK (status IN ('forming', 'meeting', 'ended')),
    formed_on     TEXT NOT NULL CHECK (formed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE circle_members (
    circle_id INTEGER NOT NULL REFERENCES circles(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    signup_id INTEGER REFERENCES circle_signups(id) ON DELETE RESTRICT,
    PRIMARY KEY (circle_id, person_id)
) STRICT;

CREATE TABLE methods (
    id         INTEGER PRIMARY KEY,
    code       TEXT UNIQUE,
    name       TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 80),
    sort_order INTEGER NOT NULL DEFAULT 0,
    CHECK (code IS NOT NULL OR length(trim(name)) > 0)
) STRICT;

-- A shipped method's phase has no title of its own: its words are translated.
CREATE TABLE method_phases (
    method_id INTEGER NOT NULL REFERENCES methods(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    title     TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 80),
    minutes   INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 180),
    what      TEXT NOT NULL DEFAULT '' CHECK (length(what) <= 400),
    PRIMARY KEY (method_id, position)
) STRICT;

INSERT INTO methods (code, sort_order) VALUES
    ('incident', 1), ('balint', 2), ('golden-tips', 3), ('ten-steps', 4);
INSERT INTO method_phases (method_id, position, minutes)
    SELECT m.id, p.position, p.minutes FROM methods m JOIN (
        SELECT 'incident' AS code, 0 AS position, 5 AS minutes UNION ALL SELECT 'incident', 1, 10
        UNION ALL SELECT 'incident', 2, 15 UNION ALL SELECT 'incident', 3, 20 UNION ALL SELECT 'incident', 4, 15
        UNION ALL SELECT 'incident', 5, 10 UNION ALL SELECT 'incident', 6, 10 UNION ALL SELECT 'incident', 7, 5
        UNION ALL SELECT 'balint', 0, 5 UNION ALL SELECT 'balint', 1, 15 UNION ALL SELECT 'balint', 2, 10
        UNION ALL SELECT 'balint', 3, 30 UNION ALL SELECT 'balint', 4, 15 UNION ALL SELECT 'balint', 5, 15
        UNION ALL SELECT 'golden-tips', 0, 5 UNION ALL SELECT 'golden-tips', 1, 10 UNION ALL SELECT 'golden-tips', 2, 20
        UNION ALL SELECT 'golden-tips', 3, 15 UNION ALL SELECT 'golden-tips', 4, 15 UNION ALL SELECT 'golden-tips', 5, 15
        UNION ALL SELECT 'golden-tips', 6, 10
        UNION ALL SELECT 'ten-steps', 0, 5 UNION ALL SELECT 'ten-steps', 1, 10 UNION ALL SELECT 'ten-steps', 2, 10
        UNION ALL SELECT 'ten-steps', 3, 10 UNION ALL SELECT 'ten-steps', 4, 10 UNION ALL SELECT 'ten-steps', 5, 15
        UNION ALL SELECT 'ten-steps', 6, 5 UNION ALL SELECT 'ten-steps', 7, 15 UNION ALL SELECT 'ten-steps', 8, 5
        UNION ALL SELECT 'ten-steps', 9, 5
    ) p ON p.code = m.code;

CREATE TABLE circle_meetings (
    id              INTEGER PRIMARY KEY,
    circle_id       INTEGER NOT NULL REFERENCES circles(id) ON DELETE CASCADE,
    starts_at       TEXT NOT NULL CHECK (starts_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 30 AND 240),
    method_id       INTEGER REFERENCES methods(id) ON DELETE SET NULL,
    case_bringer_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    sequence        INTEGER NOT NULL DEFAULT 0,
    cancelled       INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE INDEX circle_meetings_circle ON circle_meetings (circle_id, starts_at);

CREATE TABLE circle_attendance (
    meeting_id INTEGER NOT NULL REFERENCES circle_meetings(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    PRIMARY KEY (meeting_id, person_id)
) STRICT;

CREATE TABLE mentor_profiles (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE RESTRICT,
    capacity  INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 20),
    -- The career phases mentored, as list item ids separated by commas; empty: every phase.
    phases    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE mentor_pairs (
    id          INTEGER PRIMARY KEY,
    mentor_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    mentee_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    signup_id   INTEGER NOT NULL REFERENCES circle_signups(id) ON DELETE RESTRICT,
    status      TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'ended')),
    proposed_on TEXT NOT NULL,
    started_on  TEXT,
    ended_on    TEXT,
    end_reason  TEXT CHECK (end_reason IS NULL OR end_reason IN ('completed', 'mentee-stopped', 'mentor-stopped', 'not-a-match', 'other')),
    CHECK (mentor_id <> mentee_id),
    CHECK (status <> 'active' OR started_on IS NOT NULL),
    CHECK (status <> 'ended' OR (ended_on IS NOT NULL AND end_reason IS NOT NULL))
) STRICT;

-- A sign-up has one pair that is not ended.
CREATE UNIQUE INDEX mentor_pairs_open ON mentor_pairs (signup_id) WHERE status <> 'ended';

CREATE TABLE pair_meetings (
    pair_id INTEGER NOT NULL REFERENCES mentor_pairs(id) ON DELETE CASCADE,
    met_on  TEXT NOT NULL CHECK (met_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (pair_id, met_on)
) STRICT;
