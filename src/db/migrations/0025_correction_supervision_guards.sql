-- The supervision sheets (alarms, zero reports) are register tables: never deleted, and a voided row is final.
CREATE TRIGGER reg_correction_alarm_no_delete BEFORE DELETE ON reg_correction_alarm FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_correction_alarm_no_truncate BEFORE TRUNCATE ON reg_correction_alarm FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_correction_alarm_void_final BEFORE UPDATE ON reg_correction_alarm FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_correction_daily_report_no_delete BEFORE DELETE ON reg_correction_daily_report FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_correction_daily_report_no_truncate BEFORE TRUNCATE ON reg_correction_daily_report FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_correction_daily_report_void_final BEFORE UPDATE ON reg_correction_daily_report FOR EACH ROW EXECUTE FUNCTION register_void_final();
