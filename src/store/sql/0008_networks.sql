-- Peer networks across organisations: a network with its regular meeting
-- (a rule from a first date), its members (who may leave without losing
-- the history, and who agree to share their contact details or not), the
-- meetings skipped or moved, and who came.

CREATE TABLE networks (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    audience       TEXT NOT NULL DEFAULT '' CHECK (length(audience) <= 160),
    convenor_id    INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    status         TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
    -- 'monthly': the nth weekday every `interval` months; 'weekly': every `interval` weeks.
    rule           TEXT NOT NULL CHECK (rule IN ('monthly', 'weekly')),
    nth            INTEGER NOT NULL DEFAULT 1 CHECK (nth IN (1, 2, 3, 4, -1)),
    weekday        INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    interval       INTEGER NOT NULL CHECK (interval BETWEEN 1 AND 52),
    from_date      TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    until_date     TEXT CHECK (until_date IS NULL OR (until_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND until_date >= from_date)),
    start_time     TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    minutes        INTEGER NOT NULL CHECK (minutes BETWEEN 15 AND 480),
    online         INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    place          TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 300),
    rotating_hosts INTEGER NOT NULL DEFAULT 0 CHECK (rotating_hosts IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    row_version    INTEGER NOT NULL DEFAULT 1,
    CHECK (rule = 'weekly' OR interval <= 12)
) STRICT;

CREATE TABLE network_members (
    id         INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    joined_on  TEXT NOT NULL CHECK (joined_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    left_on    TEXT CHECK (left_on IS NULL OR left_on >= joined_on),
    consent_on TEXT CHECK (consent_on IS NULL OR consent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;

-- A person is a current member of a network at most once.
CREATE UNIQUE INDEX network_members_current ON network_members (network_id, person_id) WHERE left_on IS NULL;
CREATE INDEX network_members_person ON network_members (person_id);

-- A meeting of the series that does not happen as the rule says, named by
-- the date the rule gives it.
CREATE TABLE network_meeting_changes (
    network_id    INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    original_date TEXT NOT NULL CHECK (original_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    skipped       INTEGER NOT NULL CHECK (skipped IN (0, 1)),
    moved_to      TEXT CHECK (moved_to IS NULL OR moved_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    minutes       INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 15 AND 480),
    PRIMARY KEY (network_id, original_date),
    CHECK ((skipped = 1 AND moved_to IS NULL) OR (skipped = 0 AND moved_to IS NOT NULL AND minutes IS NOT NULL))
) STRICT;

-- Who came to a meeting.
CREATE TABLE network_attendance (
    network_id    INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    original_date TEXT NOT NULL CHECK (original_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    person_id     INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    PRIMARY KEY (network_id, original_date, person_id)
) STRICT;
