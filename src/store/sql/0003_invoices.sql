-- Invoices and credit notes. An issued document is frozen: triggers refuse
-- any change to its number, customer, dates, text or lines, and its
-- deletion; only its status may move on (issued → paid or credited).

ALTER TABLE funding_sources ADD COLUMN billing_address TEXT NOT NULL DEFAULT '';

CREATE TABLE invoices (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    status           TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'paid', 'credited')),
    year             INTEGER,
    sequence         INTEGER,
    number           TEXT UNIQUE,
    issue_date       TEXT,
    customer_name    TEXT NOT NULL,
    customer_address TEXT NOT NULL DEFAULT '',
    funding_id       INTEGER REFERENCES funding_sources(id),
    period_from      TEXT NOT NULL,
    period_to        TEXT NOT NULL,
    payment_days     INTEGER NOT NULL CHECK (payment_days >= 0),
    exemption_text   TEXT NOT NULL DEFAULT '',
    credit_of        INTEGER REFERENCES invoices(id),
    paid_on          TEXT,
    created_at       TEXT NOT NULL,
    UNIQUE (year, sequence),
    CHECK ((status = 'draft') = (number IS NULL))
) STRICT;

CREATE TABLE invoice_lines (
    invoice_id       INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    description      TEXT NOT NULL,
    quantity         INTEGER NOT NULL,
    unit_price_cents INTEGER NOT NULL,
    vat_basis_points INTEGER,
    PRIMARY KEY (invoice_id, position)
) STRICT;

CREATE TABLE invoice_registrations (
    invoice_id      INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES registrations(id),
    PRIMARY KEY (invoice_id, registration_id)
) STRICT;

CREATE TRIGGER invoices_frozen BEFORE UPDATE ON invoices
WHEN OLD.status <> 'draft' AND (
       NEW.number IS NOT OLD.number OR NEW.year IS NOT OLD.year OR NEW.sequence IS NOT OLD.sequence
    OR NEW.kind IS NOT OLD.kind OR NEW.issue_date IS NOT OLD.issue_date
    OR NEW.customer_name IS NOT OLD.customer_name OR NEW.customer_address IS NOT OLD.customer_address
    OR NEW.funding_id IS NOT OLD.funding_id OR NEW.period_from IS NOT OLD.period_from
    OR NEW.period_to IS NOT OLD.period_to OR NEW.payment_days IS NOT OLD.payment_days
    OR NEW.exemption_text IS NOT OLD.exemption_text OR NEW.credit_of IS NOT OLD.credit_of
    OR NEW.status = 'draft')
BEGIN
    SELECT RAISE(ABORT, 'issued invoices are frozen');
END;

CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices are frozen');
END;

CREATE TRIGGER invoice_lines_frozen_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices are frozen');
END;

CREATE TRIGGER invoice_lines_frozen_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices are frozen');
END;

CREATE TRIGGER invoice_lines_frozen_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices are frozen');
END;
