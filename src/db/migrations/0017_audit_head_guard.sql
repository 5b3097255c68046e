-- The chain's head is protected like the log: it only ever moves forward, to the newest entry of
-- audit_log (its id and hash), as the chain-append path moves it; it is never moved back, inserted a
-- second time, deleted or truncated. And a new entry must follow the head (link to its hash, come
-- after its id), so nothing is slipped in between entries. (Restore disables these triggers while it
-- reloads a backup.)
CREATE FUNCTION audit_head_forward_only() RETURNS trigger AS $$
DECLARE
  newest audit_log%ROWTYPE;
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'audit_head only moves forward (% refused)', TG_OP;
  END IF;
  SELECT * INTO newest FROM audit_log ORDER BY id DESC LIMIT 1;
  IF NEW.id <> OLD.id OR NOT FOUND OR NEW.last_id <= OLD.last_id OR NEW.last_id <> newest.id OR NEW.last_hash <> newest.hash THEN
    RAISE EXCEPTION 'audit_head only moves forward, to the newest audit_log entry (UPDATE to % refused)', NEW.last_id;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_head_forward_only BEFORE INSERT OR UPDATE OR DELETE ON audit_head FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
--> statement-breakpoint
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head FOR EACH STATEMENT EXECUTE FUNCTION audit_head_forward_only();
--> statement-breakpoint
CREATE FUNCTION audit_log_follows_head() RETURNS trigger AS $$
DECLARE
  head audit_head%ROWTYPE;
BEGIN
  SELECT * INTO head FROM audit_head WHERE id = 1;
  IF NOT FOUND OR NEW.prev_hash <> head.last_hash OR NEW.id <= head.last_id THEN
    RAISE EXCEPTION 'audit_log: a new entry must follow the chain head (entry % refused)', NEW.id;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_follows_head BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_follows_head();
