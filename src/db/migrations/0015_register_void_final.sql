-- A voided register record (作废) is final in the database too: no path — app, CLI or a stray script
-- — may clear voided_at/voided_by/void_reason or change any column of a voided row, so a record voided
-- with a reason can never count again. Voiding itself (a row in force becoming voided) stays an UPDATE.
-- (Restore disables these triggers while it reloads a backup.)
CREATE FUNCTION register_void_final() RETURNS trigger AS $$
BEGIN
  IF OLD.voided_at IS NOT NULL OR OLD.voided_by IS NOT NULL OR OLD.void_reason IS NOT NULL THEN
    RAISE EXCEPTION '%: record % is voided and final (UPDATE refused)', TG_TABLE_NAME, OLD.id;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER reg_correction_person_void_final BEFORE UPDATE ON reg_correction_person FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_correction_staff_void_final BEFORE UPDATE ON reg_correction_staff FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_correction_study_void_final BEFORE UPDATE ON reg_correction_study FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_legal_affair_void_final BEFORE UPDATE ON reg_legal_affair FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_legal_aid_case_void_final BEFORE UPDATE ON reg_legal_aid_case FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_legal_aid_consultation_void_final BEFORE UPDATE ON reg_legal_aid_consultation FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_legal_aid_duty_shift_void_final BEFORE UPDATE ON reg_legal_aid_duty_shift FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_legal_service_approval_void_final BEFORE UPDATE ON reg_legal_service_approval FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_mediation_committee_void_final BEFORE UPDATE ON reg_mediation_committee FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_mediation_dispute_void_final BEFORE UPDATE ON reg_mediation_dispute FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_mediation_mediator_void_final BEFORE UPDATE ON reg_mediation_mediator FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_printed_document_void_final BEFORE UPDATE ON reg_printed_document FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_procurement_plan_void_final BEFORE UPDATE ON reg_procurement_plan FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_procurement_purchase_void_final BEFORE UPDATE ON reg_procurement_purchase FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_publicity_event_void_final BEFORE UPDATE ON reg_publicity_event FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_publicity_material_void_final BEFORE UPDATE ON reg_publicity_material FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_reconsideration_void_final BEFORE UPDATE ON reg_reconsideration FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_resettlement_person_void_final BEFORE UPDATE ON reg_resettlement_person FOR EACH ROW EXECUTE FUNCTION register_void_final();
--> statement-breakpoint
CREATE TRIGGER reg_survey_response_void_final BEFORE UPDATE ON reg_survey_response FOR EACH ROW EXECUTE FUNCTION register_void_final();
