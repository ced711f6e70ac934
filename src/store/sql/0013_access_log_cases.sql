-- The access log also records opening an incident case, and an erasure may
-- take an erased person's name out of the log's lines (a file name can hold
-- it): the line itself stays, with the name replaced by '…'. Nothing else of
-- a line can change, and no line can be removed.

CREATE TABLE access_log_new (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    user     TEXT NOT NULL,
    computer TEXT NOT NULL,
    action   TEXT NOT NULL CHECK (action IN ('open', 'open-read-only', 'view-person', 'view-case', 'export',
                                             'backup', 'restore', 'purge', 'passphrase-change',
                                             'failed-unlock')),
    subject  TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO access_log_new (id, at, user, computer, action, subject)
    SELECT id, at, user, computer, action, subject FROM access_log;

DROP TABLE access_log;

ALTER TABLE access_log_new RENAME TO access_log;

CREATE TRIGGER access_log_only_erasures BEFORE UPDATE ON access_log
    WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.user IS NOT OLD.user
      OR NEW.computer IS NOT OLD.computer OR NEW.action IS NOT OLD.action
      OR instr(NEW.subject, '…') = 0 OR length(NEW.subject) > length(OLD.subject)
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
