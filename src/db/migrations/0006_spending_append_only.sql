-- Money records are corrected by new versions, never rewritten or removed: payments are voided, not
-- deleted; their history and budget revisions are append-only.
CREATE FUNCTION spending_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused): void or revise instead', TG_TABLE_NAME, TG_OP;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER payment_no_delete BEFORE DELETE ON payment FOR EACH ROW EXECUTE FUNCTION spending_append_only();
--> statement-breakpoint
CREATE TRIGGER payment_history_no_change BEFORE UPDATE OR DELETE ON payment_history FOR EACH ROW EXECUTE FUNCTION spending_append_only();
--> statement-breakpoint
CREATE TRIGGER budget_revision_no_change BEFORE UPDATE OR DELETE ON budget_revision FOR EACH ROW EXECUTE FUNCTION spending_append_only();
--> statement-breakpoint
CREATE TRIGGER spending_no_truncate BEFORE TRUNCATE ON payment FOR EACH STATEMENT EXECUTE FUNCTION spending_append_only();
--> statement-breakpoint
CREATE TRIGGER payment_history_no_truncate BEFORE TRUNCATE ON payment_history FOR EACH STATEMENT EXECUTE FUNCTION spending_append_only();
--> statement-breakpoint
CREATE TRIGGER budget_revision_no_truncate BEFORE TRUNCATE ON budget_revision FOR EACH STATEMENT EXECUTE FUNCTION spending_append_only();
