-- The access log: append-only. Who (operating-system user and computer) did
-- what, when, to which record or file. Never the content of a conversation.

CREATE TABLE access_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    user     TEXT NOT NULL,
    computer TEXT NOT NULL,
    action   TEXT NOT NULL CHECK (action IN ('open', 'open-read-only', 'view-person', 'export', 'backup',
                                             'restore', 'purge', 'passphrase-change', 'failed-unlock')),
    subject  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
