-- A payment row is the current version of its history, nothing else: it may change only to the exact
-- state recorded as its next version in payment_history (which is append-only), and a voided payment
-- is final. So a direct UPDATE of an amount (or any business column) behind the application's back is
-- refused, and a change that is accepted has left its version, with who and why, in the history first.
-- (Restore disables these triggers while it reloads a backup.)
CREATE FUNCTION payment_versioned() RETURNS trigger AS $$
DECLARE
  h payment_history%ROWTYPE;
BEGIN
  IF OLD.status = 'void' THEN
    RAISE EXCEPTION 'payment %: a voided payment is final (UPDATE refused)', OLD.id;
  END IF;
  IF NEW.id <> OLD.id OR NEW.unit_id <> OLD.unit_id OR NEW.year <> OLD.year
     OR NEW.created_by_id IS DISTINCT FROM OLD.created_by_id OR NEW.created_by_name <> OLD.created_by_name
     OR NEW.created_at <> OLD.created_at THEN
    RAISE EXCEPTION 'payment %: id, unit, year and creator never change (UPDATE refused)', OLD.id;
  END IF;
  IF NEW.version <> OLD.version + 1 THEN
    RAISE EXCEPTION 'payment %: changes only by a new version recorded in payment_history (UPDATE refused)', OLD.id;
  END IF;
  SELECT * INTO h FROM payment_history WHERE payment_id = NEW.id AND version = NEW.version;
  IF NOT FOUND
     OR (h.snapshot->>'projectId')::integer IS DISTINCT FROM NEW.project_id
     OR h.snapshot->>'paidOn' IS DISTINCT FROM to_char(NEW.paid_on, 'YYYY-MM-DD')
     OR (h.snapshot->>'amountFen')::bigint IS DISTINCT FROM NEW.amount_fen
     OR h.snapshot->>'voucherNo' IS DISTINCT FROM NEW.voucher_no
     OR h.snapshot->>'payee' IS DISTINCT FROM NEW.payee
     OR h.snapshot->>'summary' IS DISTINCT FROM NEW.summary
     OR h.snapshot->>'fundSource' IS DISTINCT FROM NEW.fund_source
     OR h.snapshot->>'status' IS DISTINCT FROM NEW.status
     OR h.snapshot->>'voidReason' IS DISTINCT FROM NEW.void_reason
     OR h.actor_name IS DISTINCT FROM NEW.updated_by_name THEN
    RAISE EXCEPTION 'payment %: version % must equal its recorded version in payment_history (UPDATE refused)', OLD.id, NEW.version;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER payment_versioned BEFORE UPDATE ON payment FOR EACH ROW EXECUTE FUNCTION payment_versioned();
