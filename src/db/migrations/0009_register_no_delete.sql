-- Register records are voided (作废) with a reason, never deleted: the database refuses DELETE and
-- TRUNCATE on every register table, so no path — app, CLI or a stray script — removes a record an
-- indicator's actual once counted. (Restore disables these triggers while it reloads a backup.)
CREATE FUNCTION register_no_delete() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% keeps every record (% refused): void it instead', TG_TABLE_NAME, TG_OP;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER reg_correction_person_no_delete BEFORE DELETE ON reg_correction_person FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_correction_person_no_truncate BEFORE TRUNCATE ON reg_correction_person FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_correction_staff_no_delete BEFORE DELETE ON reg_correction_staff FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_correction_staff_no_truncate BEFORE TRUNCATE ON reg_correction_staff FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_correction_study_no_delete BEFORE DELETE ON reg_correction_study FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_correction_study_no_truncate BEFORE TRUNCATE ON reg_correction_study FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_legal_affair_no_delete BEFORE DELETE ON reg_legal_affair FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_legal_affair_no_truncate BEFORE TRUNCATE ON reg_legal_affair FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_legal_aid_case_no_delete BEFORE DELETE ON reg_legal_aid_case FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_legal_aid_case_no_truncate BEFORE TRUNCATE ON reg_legal_aid_case FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_legal_aid_consultation_no_delete BEFORE DELETE ON reg_legal_aid_consultation FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_legal_aid_consultation_no_truncate BEFORE TRUNCATE ON reg_legal_aid_consultation FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_legal_aid_duty_shift_no_delete BEFORE DELETE ON reg_legal_aid_duty_shift FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_legal_aid_duty_shift_no_truncate BEFORE TRUNCATE ON reg_legal_aid_duty_shift FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_legal_service_approval_no_delete BEFORE DELETE ON reg_legal_service_approval FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_legal_service_approval_no_truncate BEFORE TRUNCATE ON reg_legal_service_approval FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_mediation_committee_no_delete BEFORE DELETE ON reg_mediation_committee FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_mediation_committee_no_truncate BEFORE TRUNCATE ON reg_mediation_committee FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_mediation_dispute_no_delete BEFORE DELETE ON reg_mediation_dispute FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_mediation_dispute_no_truncate BEFORE TRUNCATE ON reg_mediation_dispute FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_mediation_mediator_no_delete BEFORE DELETE ON reg_mediation_mediator FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_mediation_mediator_no_truncate BEFORE TRUNCATE ON reg_mediation_mediator FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_printed_document_no_delete BEFORE DELETE ON reg_printed_document FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_printed_document_no_truncate BEFORE TRUNCATE ON reg_printed_document FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_procurement_plan_no_delete BEFORE DELETE ON reg_procurement_plan FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_procurement_plan_no_truncate BEFORE TRUNCATE ON reg_procurement_plan FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_procurement_purchase_no_delete BEFORE DELETE ON reg_procurement_purchase FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_procurement_purchase_no_truncate BEFORE TRUNCATE ON reg_procurement_purchase FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_publicity_event_no_delete BEFORE DELETE ON reg_publicity_event FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_publicity_event_no_truncate BEFORE TRUNCATE ON reg_publicity_event FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_publicity_material_no_delete BEFORE DELETE ON reg_publicity_material FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_publicity_material_no_truncate BEFORE TRUNCATE ON reg_publicity_material FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_reconsideration_no_delete BEFORE DELETE ON reg_reconsideration FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_reconsideration_no_truncate BEFORE TRUNCATE ON reg_reconsideration FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_resettlement_person_no_delete BEFORE DELETE ON reg_resettlement_person FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_resettlement_person_no_truncate BEFORE TRUNCATE ON reg_resettlement_person FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_survey_response_no_delete BEFORE DELETE ON reg_survey_response FOR EACH ROW EXECUTE FUNCTION register_no_delete();
--> statement-breakpoint
CREATE TRIGGER reg_survey_response_no_truncate BEFORE TRUNCATE ON reg_survey_response FOR EACH STATEMENT EXECUTE FUNCTION register_no_delete();
