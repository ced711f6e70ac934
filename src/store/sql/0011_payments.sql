-- Payments and refunds of invoices, each with its date and amount. An entry
-- is never deleted or changed: a mistaken one is reversed (its reversal date
-- set once) and stays in the history. An invoice is paid when the payments
-- received add up to its total; a credited invoice that was paid owes a
-- refund until refunds add up to what was received.
-- Each invoice also keeps the language it is written in (NULL: written
-- before this migration, printed in the language chosen for documents).

ALTER TABLE invoices ADD COLUMN language TEXT CHECK (language IN ('nl', 'en'));

-- What a line's quantity counts (NULL: written before units were kept).
ALTER TABLE invoice_lines ADD COLUMN unit TEXT CHECK (unit IN ('hour', 'participant'));

CREATE TABLE payments (
    id           INTEGER PRIMARY KEY,
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id),
    kind         TEXT NOT NULL CHECK (kind IN ('received', 'refund')),
    date         TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    reversed_on  TEXT,
    created_at   TEXT NOT NULL
) STRICT;

CREATE INDEX payments_invoice ON payments(invoice_id);

CREATE TRIGGER payments_kept BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments are kept');
END;

CREATE TRIGGER payments_frozen BEFORE UPDATE ON payments
WHEN OLD.reversed_on IS NOT NULL OR NEW.reversed_on IS NULL
    OR NEW.invoice_id IS NOT OLD.invoice_id OR NEW.kind IS NOT OLD.kind OR NEW.date IS NOT OLD.date
    OR NEW.amount_cents IS NOT OLD.amount_cents OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'payments are kept');
END;

CREATE TRIGGER invoice_language_frozen BEFORE UPDATE OF language ON invoices
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'issued invoices are frozen');
END;

-- An invoice marked paid before payments had amounts was paid in full on
-- that day (also when it was credited afterwards: the refund is then owed).
WITH totals AS (
    SELECT invoice_id,
           sum(coalesce(amount_cents, (quantity * unit_price_cents + 50) / 100)
               + CASE WHEN vat_basis_points IS NULL THEN 0
                      ELSE (coalesce(amount_cents, (quantity * unit_price_cents + 50) / 100) * vat_basis_points
                            + 5000) / 10000 END) AS cents
    FROM invoice_lines GROUP BY invoice_id
)
INSERT INTO payments (invoice_id, kind, date, amount_cents, created_at)
SELECT i.id, 'received', i.paid_on, t.cents, i.paid_on
FROM invoices i JOIN totals t ON t.invoice_id = i.id
WHERE i.kind = 'invoice' AND i.status IN ('paid', 'credited') AND i.paid_on IS NOT NULL AND t.cents > 0;

-- One change to a trajectory reads only its own offers and conversations
-- (trajectories are found by incident through their UNIQUE index).
CREATE INDEX offers_trajectory ON offers(trajectory_id);
CREATE INDEX conversations_trajectory ON conversations(trajectory_id);
