DROP INDEX "reg_correction_person_unit_date";--> statement-breakpoint
DROP INDEX "reg_correction_person_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_correction_staff_unit_date";--> statement-breakpoint
DROP INDEX "reg_correction_staff_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_correction_study_unit_date";--> statement-breakpoint
DROP INDEX "reg_correction_study_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_legal_aid_case_unit_date";--> statement-breakpoint
DROP INDEX "reg_legal_aid_case_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_legal_aid_consultation_unit_date";--> statement-breakpoint
DROP INDEX "reg_legal_aid_consultation_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_legal_aid_duty_shift_unit_date";--> statement-breakpoint
DROP INDEX "reg_legal_aid_duty_shift_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_legal_service_approval_unit_date";--> statement-breakpoint
DROP INDEX "reg_legal_service_approval_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_mediation_committee_unit_date";--> statement-breakpoint
DROP INDEX "reg_mediation_committee_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_mediation_dispute_unit_date";--> statement-breakpoint
DROP INDEX "reg_mediation_dispute_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_mediation_mediator_unit_date";--> statement-breakpoint
DROP INDEX "reg_mediation_mediator_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_procurement_plan_unit_date";--> statement-breakpoint
DROP INDEX "reg_procurement_plan_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_procurement_purchase_unit_date";--> statement-breakpoint
DROP INDEX "reg_procurement_purchase_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_publicity_event_unit_date";--> statement-breakpoint
DROP INDEX "reg_publicity_event_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_publicity_material_unit_date";--> statement-breakpoint
DROP INDEX "reg_publicity_material_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_resettlement_person_unit_date";--> statement-breakpoint
DROP INDEX "reg_resettlement_person_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_legal_affair_unit_date";--> statement-breakpoint
DROP INDEX "reg_legal_affair_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_printed_document_unit_date";--> statement-breakpoint
DROP INDEX "reg_printed_document_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_reconsideration_unit_date";--> statement-breakpoint
DROP INDEX "reg_reconsideration_unit_office_date";--> statement-breakpoint
DROP INDEX "reg_survey_response_unit_date";--> statement-breakpoint
DROP INDEX "reg_survey_response_unit_office_date";--> statement-breakpoint
CREATE INDEX "reg_correction_person_unit_date_all" ON "reg_correction_person" USING btree ("unit_id","start_on","id");--> statement-breakpoint
CREATE INDEX "reg_correction_staff_unit_date_all" ON "reg_correction_staff" USING btree ("unit_id","since","id");--> statement-breakpoint
CREATE INDEX "reg_correction_study_unit_date_all" ON "reg_correction_study" USING btree ("unit_id","studied_on","id");--> statement-breakpoint
CREATE INDEX "reg_legal_aid_case_unit_date_all" ON "reg_legal_aid_case" USING btree ("unit_id","applied_on","id");--> statement-breakpoint
CREATE INDEX "reg_legal_aid_consultation_unit_date_all" ON "reg_legal_aid_consultation" USING btree ("unit_id","consulted_on","id");--> statement-breakpoint
CREATE INDEX "reg_legal_aid_duty_shift_unit_date_all" ON "reg_legal_aid_duty_shift" USING btree ("unit_id","shift_on","id");--> statement-breakpoint
CREATE INDEX "reg_legal_service_approval_unit_date_all" ON "reg_legal_service_approval" USING btree ("unit_id","applied_on","id");--> statement-breakpoint
CREATE INDEX "reg_mediation_committee_unit_date_all" ON "reg_mediation_committee" USING btree ("unit_id","established_on","id");--> statement-breakpoint
CREATE INDEX "reg_mediation_dispute_unit_date_all" ON "reg_mediation_dispute" USING btree ("unit_id","received_on","id");--> statement-breakpoint
CREATE INDEX "reg_mediation_mediator_unit_date_all" ON "reg_mediation_mediator" USING btree ("unit_id","appointed_on","id");--> statement-breakpoint
CREATE INDEX "reg_procurement_plan_unit_date_all" ON "reg_procurement_plan" USING btree ("unit_id","planned_on","id");--> statement-breakpoint
CREATE INDEX "reg_procurement_purchase_unit_date_all" ON "reg_procurement_purchase" USING btree ("unit_id","purchased_on","id");--> statement-breakpoint
CREATE INDEX "reg_publicity_event_unit_date_all" ON "reg_publicity_event" USING btree ("unit_id","held_on","id");--> statement-breakpoint
CREATE INDEX "reg_publicity_material_unit_date_all" ON "reg_publicity_material" USING btree ("unit_id","printed_on","id");--> statement-breakpoint
CREATE INDEX "reg_resettlement_person_unit_date_all" ON "reg_resettlement_person" USING btree ("unit_id","released_on","id");--> statement-breakpoint
CREATE INDEX "reg_legal_affair_unit_date_all" ON "reg_legal_affair" USING btree ("unit_id","assigned_on","id");--> statement-breakpoint
CREATE INDEX "reg_printed_document_unit_date_all" ON "reg_printed_document" USING btree ("unit_id","printed_on","id");--> statement-breakpoint
CREATE INDEX "reg_reconsideration_unit_date_all" ON "reg_reconsideration" USING btree ("unit_id","received_on","id");--> statement-breakpoint
CREATE INDEX "reg_survey_response_unit_date_all" ON "reg_survey_response" USING btree ("unit_id","surveyed_on","id");--> statement-breakpoint
CREATE INDEX "reg_correction_person_unit_date" ON "reg_correction_person" USING btree ("unit_id","start_on","id") WHERE "reg_correction_person"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_correction_person_unit_office_date" ON "reg_correction_person" USING btree ("unit_id","office","start_on") WHERE "reg_correction_person"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_correction_staff_unit_date" ON "reg_correction_staff" USING btree ("unit_id","since","id") WHERE "reg_correction_staff"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_correction_staff_unit_office_date" ON "reg_correction_staff" USING btree ("unit_id","office","since") WHERE "reg_correction_staff"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_correction_study_unit_date" ON "reg_correction_study" USING btree ("unit_id","studied_on","id") WHERE "reg_correction_study"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_correction_study_unit_office_date" ON "reg_correction_study" USING btree ("unit_id","office","studied_on") WHERE "reg_correction_study"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_legal_aid_case_unit_date" ON "reg_legal_aid_case" USING btree ("unit_id","applied_on","id") WHERE "reg_legal_aid_case"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_legal_aid_case_unit_office_date" ON "reg_legal_aid_case" USING btree ("unit_id","office","applied_on") WHERE "reg_legal_aid_case"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_legal_aid_consultation_unit_date" ON "reg_legal_aid_consultation" USING btree ("unit_id","consulted_on","id") WHERE "reg_legal_aid_consultation"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_legal_aid_consultation_unit_office_date" ON "reg_legal_aid_consultation" USING btree ("unit_id","office","consulted_on") WHERE "reg_legal_aid_consultation"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_legal_aid_duty_shift_unit_date" ON "reg_legal_aid_duty_shift" USING btree ("unit_id","shift_on","id") WHERE "reg_legal_aid_duty_shift"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_legal_aid_duty_shift_unit_office_date" ON "reg_legal_aid_duty_shift" USING btree ("unit_id","office","shift_on") WHERE "reg_legal_aid_duty_shift"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_legal_service_approval_unit_date" ON "reg_legal_service_approval" USING btree ("unit_id","applied_on","id") WHERE "reg_legal_service_approval"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_legal_service_approval_unit_office_date" ON "reg_legal_service_approval" USING btree ("unit_id","office","applied_on") WHERE "reg_legal_service_approval"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_mediation_committee_unit_date" ON "reg_mediation_committee" USING btree ("unit_id","established_on","id") WHERE "reg_mediation_committee"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_mediation_committee_unit_office_date" ON "reg_mediation_committee" USING btree ("unit_id","office","established_on") WHERE "reg_mediation_committee"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_mediation_dispute_unit_date" ON "reg_mediation_dispute" USING btree ("unit_id","received_on","id") WHERE "reg_mediation_dispute"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_mediation_dispute_unit_office_date" ON "reg_mediation_dispute" USING btree ("unit_id","office","received_on") WHERE "reg_mediation_dispute"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_mediation_mediator_unit_date" ON "reg_mediation_mediator" USING btree ("unit_id","appointed_on","id") WHERE "reg_mediation_mediator"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_mediation_mediator_unit_office_date" ON "reg_mediation_mediator" USING btree ("unit_id","office","appointed_on") WHERE "reg_mediation_mediator"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_procurement_plan_unit_date" ON "reg_procurement_plan" USING btree ("unit_id","planned_on","id") WHERE "reg_procurement_plan"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_procurement_plan_unit_office_date" ON "reg_procurement_plan" USING btree ("unit_id","office","planned_on") WHERE "reg_procurement_plan"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_procurement_purchase_unit_date" ON "reg_procurement_purchase" USING btree ("unit_id","purchased_on","id") WHERE "reg_procurement_purchase"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_procurement_purchase_unit_office_date" ON "reg_procurement_purchase" USING btree ("unit_id","office","purchased_on") WHERE "reg_procurement_purchase"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_publicity_event_unit_date" ON "reg_publicity_event" USING btree ("unit_id","held_on","id") WHERE "reg_publicity_event"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_publicity_event_unit_office_date" ON "reg_publicity_event" USING btree ("unit_id","office","held_on") WHERE "reg_publicity_event"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_publicity_material_unit_date" ON "reg_publicity_material" USING btree ("unit_id","printed_on","id") WHERE "reg_publicity_material"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_publicity_material_unit_office_date" ON "reg_publicity_material" USING btree ("unit_id","office","printed_on") WHERE "reg_publicity_material"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_resettlement_person_unit_date" ON "reg_resettlement_person" USING btree ("unit_id","released_on","id") WHERE "reg_resettlement_person"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_resettlement_person_unit_office_date" ON "reg_resettlement_person" USING btree ("unit_id","office","released_on") WHERE "reg_resettlement_person"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_legal_affair_unit_date" ON "reg_legal_affair" USING btree ("unit_id","assigned_on","id") WHERE "reg_legal_affair"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_legal_affair_unit_office_date" ON "reg_legal_affair" USING btree ("unit_id","office","assigned_on") WHERE "reg_legal_affair"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_printed_document_unit_date" ON "reg_printed_document" USING btree ("unit_id","printed_on","id") WHERE "reg_printed_document"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_printed_document_unit_office_date" ON "reg_printed_document" USING btree ("unit_id","office","printed_on") WHERE "reg_printed_document"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_reconsideration_unit_date" ON "reg_reconsideration" USING btree ("unit_id","received_on","id") WHERE "reg_reconsideration"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_reconsideration_unit_office_date" ON "reg_reconsideration" USING btree ("unit_id","office","received_on") WHERE "reg_reconsideration"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_survey_response_unit_date" ON "reg_survey_response" USING btree ("unit_id","surveyed_on","id") WHERE "reg_survey_response"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_survey_response_unit_office_date" ON "reg_survey_response" USING btree ("unit_id","office","surveyed_on") WHERE "reg_survey_response"."voided_at" is null;