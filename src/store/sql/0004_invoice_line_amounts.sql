-- The exact amount of an invoice line, as the programme's price rule computed
-- it. Lines written before this migration keep quantity × unit price.
ALTER TABLE invoice_lines ADD COLUMN amount_cents INTEGER;
