-- payment_daily follows every write to `payment` in the same statement: active payments summed per
-- unit, year, project and day (statement-level triggers over the transition tables, so an import of
-- 1,000 rows is one grouped upsert). A version that changes the amount, date or project, or voids the
-- payment, takes the old row out and puts the new one in. Restore disables these triggers and reloads
-- payment_daily from the backup with everything else.
CREATE FUNCTION payment_daily_on_insert() RETURNS trigger AS $$
BEGIN
  INSERT INTO payment_daily AS d (unit_id, year, project_id, day, amount_fen, payments)
  SELECT unit_id, year, project_id, paid_on, sum(amount_fen), count(*)::int FROM payment_daily_new WHERE status = 'active'
  GROUP BY unit_id, year, project_id, paid_on ORDER BY unit_id, year, project_id, paid_on
  ON CONFLICT (unit_id, year, project_id, day) DO UPDATE SET amount_fen = d.amount_fen + excluded.amount_fen, payments = d.payments + excluded.payments;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE FUNCTION payment_daily_on_update() RETURNS trigger AS $$
BEGIN
  INSERT INTO payment_daily AS d (unit_id, year, project_id, day, amount_fen, payments)
  SELECT unit_id, year, project_id, day, sum(amount_fen), sum(n)::int FROM (
    SELECT unit_id, year, project_id, paid_on AS day, -amount_fen AS amount_fen, -1 AS n FROM payment_daily_old WHERE status = 'active'
    UNION ALL
    SELECT unit_id, year, project_id, paid_on, amount_fen, 1 FROM payment_daily_new WHERE status = 'active'
  ) x
  GROUP BY unit_id, year, project_id, day ORDER BY unit_id, year, project_id, day
  ON CONFLICT (unit_id, year, project_id, day) DO UPDATE SET amount_fen = d.amount_fen + excluded.amount_fen, payments = d.payments + excluded.payments;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER payment_daily_insert AFTER INSERT ON payment REFERENCING NEW TABLE AS payment_daily_new FOR EACH STATEMENT EXECUTE FUNCTION payment_daily_on_insert();
--> statement-breakpoint
CREATE TRIGGER payment_daily_update AFTER UPDATE ON payment REFERENCING OLD TABLE AS payment_daily_old NEW TABLE AS payment_daily_new FOR EACH STATEMENT EXECUTE FUNCTION payment_daily_on_update();
--> statement-breakpoint
INSERT INTO payment_daily (unit_id, year, project_id, day, amount_fen, payments)
SELECT unit_id, year, project_id, paid_on, sum(amount_fen), count(*)::int FROM payment WHERE status = 'active' GROUP BY unit_id, year, project_id, paid_on;
