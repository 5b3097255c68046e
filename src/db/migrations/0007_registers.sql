CREATE TABLE "indicator_binding" (
	"indicator_id" integer PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"metric" text NOT NULL,
	"filter" jsonb,
	"confirmed_by" integer,
	"confirmed_by_name" text NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_value" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"as_of" date NOT NULL,
	"value" double precision,
	"assessment" text,
	"evidence" text NOT NULL,
	"status" text NOT NULL,
	"entered_by" integer,
	"entered_by_name" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_by" integer,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"return_reason" text
);
--> statement-breakpoint
CREATE TABLE "reg_correction_person" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"name" text NOT NULL,
	"id_number" text,
	"gender" text,
	"correction_type" text NOT NULL,
	"crime" text,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"terminated_on" date,
	"termination_reason" text,
	"minor" boolean,
	"reoffended_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_correction_staff" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"name" text NOT NULL,
	"post" text,
	"required_hours" integer NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_correction_study" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"staff_name" text NOT NULL,
	"studied_on" date NOT NULL,
	"course" text NOT NULL,
	"hours" integer NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_legal_aid_case" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"case_number" text,
	"source" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text,
	"applicant_phone" text,
	"applicant_category" text NOT NULL,
	"case_type" text NOT NULL,
	"means_test_exempt" boolean,
	"applied_on" date NOT NULL,
	"decision" text,
	"decided_on" date,
	"assignee_type" text,
	"assignee" text,
	"assigned_on" date,
	"closed_on" date,
	"follow_up_on" date,
	"satisfaction" text,
	"complaint" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_legal_aid_consultation" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"consulted_on" date NOT NULL,
	"channel" text NOT NULL,
	"topic" text NOT NULL,
	"enquirer_name" text,
	"answered_by" text,
	"referred_to_aid" boolean,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_legal_aid_duty_shift" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"shift_on" date NOT NULL,
	"place" text NOT NULL,
	"on_duty" text NOT NULL,
	"consultations" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_legal_service_approval" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text,
	"firm" text NOT NULL,
	"application_type" text NOT NULL,
	"applied_on" date NOT NULL,
	"result" text NOT NULL,
	"decided_on" date,
	"reason" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_mediation_committee" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"name" text NOT NULL,
	"committee_type" text NOT NULL,
	"established_on" date NOT NULL,
	"mediator_count" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_mediation_dispute" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"dispute_type" text NOT NULL,
	"party_name" text,
	"party_phone" text,
	"committee" text,
	"mediator" text,
	"received_on" date NOT NULL,
	"concluded_on" date,
	"outcome" text,
	"agreement_form" text,
	"confirmation_applied_on" date,
	"confirmed_on" date,
	"summary" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_mediation_mediator" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"name" text NOT NULL,
	"phone" text,
	"committee" text NOT NULL,
	"full_time" boolean,
	"appointed_on" date NOT NULL,
	"training_hours" integer,
	"last_trained_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_procurement_plan" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"item" text NOT NULL,
	"category" text NOT NULL,
	"quantity" integer NOT NULL,
	"budget_fen" bigint,
	"planned_on" date NOT NULL,
	"executed_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_procurement_purchase" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"item" text NOT NULL,
	"category" text NOT NULL,
	"quantity" integer NOT NULL,
	"amount_fen" bigint,
	"supplier" text,
	"planned" boolean,
	"purchased_on" date NOT NULL,
	"acceptance" text NOT NULL,
	"accepted_on" date,
	"in_use" boolean,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_publicity_event" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"theme" text NOT NULL,
	"audience" text NOT NULL,
	"form" text,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"attendance" integer,
	"organizer" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_publicity_material" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"title" text NOT NULL,
	"material_type" text NOT NULL,
	"copies" integer NOT NULL,
	"printed_on" date NOT NULL,
	"distributed_to" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_resettlement_person" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"name" text NOT NULL,
	"id_number" text,
	"released_on" date NOT NULL,
	"prison" text,
	"handed_over_on" date,
	"key_person" boolean,
	"resettled_on" date,
	"assistance" text,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_legal_affair" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"subject" text NOT NULL,
	"affair_type" text NOT NULL,
	"assigned_by" text,
	"assigned_on" date NOT NULL,
	"due_on" date,
	"completed_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_printed_document" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"title" text NOT NULL,
	"document_number" text,
	"document_type" text NOT NULL,
	"copies" integer,
	"printed_on" date NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_reconsideration" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"case_number" text,
	"applicant_name" text,
	"respondent" text NOT NULL,
	"matter" text NOT NULL,
	"received_on" date NOT NULL,
	"admission" text NOT NULL,
	"concluded_on" date,
	"outcome" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_survey_response" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"project_code" text,
	"service" text NOT NULL,
	"surveyed_on" date NOT NULL,
	"method" text,
	"score" integer,
	"satisfied" boolean NOT NULL,
	"comment" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_binding" ADD CONSTRAINT "indicator_binding_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_binding" ADD CONSTRAINT "indicator_binding_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_correction_person" ADD CONSTRAINT "reg_correction_person_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_correction_staff" ADD CONSTRAINT "reg_correction_staff_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_correction_study" ADD CONSTRAINT "reg_correction_study_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_case" ADD CONSTRAINT "reg_legal_aid_case_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_consultation" ADD CONSTRAINT "reg_legal_aid_consultation_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_duty_shift" ADD CONSTRAINT "reg_legal_aid_duty_shift_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_legal_service_approval" ADD CONSTRAINT "reg_legal_service_approval_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_mediation_committee" ADD CONSTRAINT "reg_mediation_committee_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_mediation_dispute" ADD CONSTRAINT "reg_mediation_dispute_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_mediation_mediator" ADD CONSTRAINT "reg_mediation_mediator_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_procurement_plan" ADD CONSTRAINT "reg_procurement_plan_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_procurement_purchase" ADD CONSTRAINT "reg_procurement_purchase_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_publicity_event" ADD CONSTRAINT "reg_publicity_event_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_publicity_material" ADD CONSTRAINT "reg_publicity_material_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD CONSTRAINT "reg_resettlement_person_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_legal_affair" ADD CONSTRAINT "reg_legal_affair_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_printed_document" ADD CONSTRAINT "reg_printed_document_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_reconsideration" ADD CONSTRAINT "reg_reconsideration_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_survey_response" ADD CONSTRAINT "reg_survey_response_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_binding_unit" ON "indicator_binding" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "indicator_value_indicator" ON "indicator_value" USING btree ("indicator_id","as_of");--> statement-breakpoint
CREATE INDEX "indicator_value_unit_status" ON "indicator_value" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "reg_correction_person_unit_date" ON "reg_correction_person" USING btree ("unit_id","start_on","id");--> statement-breakpoint
CREATE INDEX "reg_correction_person_unit_office_date" ON "reg_correction_person" USING btree ("unit_id","office","start_on");--> statement-breakpoint
CREATE INDEX "reg_correction_staff_unit_date" ON "reg_correction_staff" USING btree ("unit_id","since","id");--> statement-breakpoint
CREATE INDEX "reg_correction_staff_unit_office_date" ON "reg_correction_staff" USING btree ("unit_id","office","since");--> statement-breakpoint
CREATE INDEX "reg_correction_study_unit_date" ON "reg_correction_study" USING btree ("unit_id","studied_on","id");--> statement-breakpoint
CREATE INDEX "reg_correction_study_unit_office_date" ON "reg_correction_study" USING btree ("unit_id","office","studied_on");--> statement-breakpoint
CREATE INDEX "reg_correction_study_unit_staff_date" ON "reg_correction_study" USING btree ("unit_id","staff_name","studied_on");--> statement-breakpoint
CREATE INDEX "reg_legal_aid_case_unit_date" ON "reg_legal_aid_case" USING btree ("unit_id","applied_on","id");--> statement-breakpoint
CREATE INDEX "reg_legal_aid_case_unit_office_date" ON "reg_legal_aid_case" USING btree ("unit_id","office","applied_on");--> statement-breakpoint
CREATE INDEX "reg_legal_aid_consultation_unit_date" ON "reg_legal_aid_consultation" USING btree ("unit_id","consulted_on","id");--> statement-breakpoint
CREATE INDEX "reg_legal_aid_consultation_unit_office_date" ON "reg_legal_aid_consultation" USING btree ("unit_id","office","consulted_on");--> statement-breakpoint
CREATE INDEX "reg_legal_aid_duty_shift_unit_date" ON "reg_legal_aid_duty_shift" USING btree ("unit_id","shift_on","id");--> statement-breakpoint
CREATE INDEX "reg_legal_aid_duty_shift_unit_office_date" ON "reg_legal_aid_duty_shift" USING btree ("unit_id","office","shift_on");--> statement-breakpoint
CREATE INDEX "reg_legal_service_approval_unit_date" ON "reg_legal_service_approval" USING btree ("unit_id","applied_on","id");--> statement-breakpoint
CREATE INDEX "reg_legal_service_approval_unit_office_date" ON "reg_legal_service_approval" USING btree ("unit_id","office","applied_on");--> statement-breakpoint
CREATE INDEX "reg_mediation_committee_unit_date" ON "reg_mediation_committee" USING btree ("unit_id","established_on","id");--> statement-breakpoint
CREATE INDEX "reg_mediation_committee_unit_office_date" ON "reg_mediation_committee" USING btree ("unit_id","office","established_on");--> statement-breakpoint
CREATE INDEX "reg_mediation_dispute_unit_date" ON "reg_mediation_dispute" USING btree ("unit_id","received_on","id");--> statement-breakpoint
CREATE INDEX "reg_mediation_dispute_unit_office_date" ON "reg_mediation_dispute" USING btree ("unit_id","office","received_on");--> statement-breakpoint
CREATE INDEX "reg_mediation_mediator_unit_date" ON "reg_mediation_mediator" USING btree ("unit_id","appointed_on","id");--> statement-breakpoint
CREATE INDEX "reg_mediation_mediator_unit_office_date" ON "reg_mediation_mediator" USING btree ("unit_id","office","appointed_on");--> statement-breakpoint
CREATE INDEX "reg_procurement_plan_unit_date" ON "reg_procurement_plan" USING btree ("unit_id","planned_on","id");--> statement-breakpoint
CREATE INDEX "reg_procurement_plan_unit_office_date" ON "reg_procurement_plan" USING btree ("unit_id","office","planned_on");--> statement-breakpoint
CREATE INDEX "reg_procurement_purchase_unit_date" ON "reg_procurement_purchase" USING btree ("unit_id","purchased_on","id");--> statement-breakpoint
CREATE INDEX "reg_procurement_purchase_unit_office_date" ON "reg_procurement_purchase" USING btree ("unit_id","office","purchased_on");--> statement-breakpoint
CREATE INDEX "reg_publicity_event_unit_date" ON "reg_publicity_event" USING btree ("unit_id","held_on","id");--> statement-breakpoint
CREATE INDEX "reg_publicity_event_unit_office_date" ON "reg_publicity_event" USING btree ("unit_id","office","held_on");--> statement-breakpoint
CREATE INDEX "reg_publicity_material_unit_date" ON "reg_publicity_material" USING btree ("unit_id","printed_on","id");--> statement-breakpoint
CREATE INDEX "reg_publicity_material_unit_office_date" ON "reg_publicity_material" USING btree ("unit_id","office","printed_on");--> statement-breakpoint
CREATE INDEX "reg_resettlement_person_unit_date" ON "reg_resettlement_person" USING btree ("unit_id","released_on","id");--> statement-breakpoint
CREATE INDEX "reg_resettlement_person_unit_office_date" ON "reg_resettlement_person" USING btree ("unit_id","office","released_on");--> statement-breakpoint
CREATE INDEX "reg_legal_affair_unit_date" ON "reg_legal_affair" USING btree ("unit_id","assigned_on","id");--> statement-breakpoint
CREATE INDEX "reg_legal_affair_unit_office_date" ON "reg_legal_affair" USING btree ("unit_id","office","assigned_on");--> statement-breakpoint
CREATE INDEX "reg_printed_document_unit_date" ON "reg_printed_document" USING btree ("unit_id","printed_on","id");--> statement-breakpoint
CREATE INDEX "reg_printed_document_unit_office_date" ON "reg_printed_document" USING btree ("unit_id","office","printed_on");--> statement-breakpoint
CREATE INDEX "reg_reconsideration_unit_date" ON "reg_reconsideration" USING btree ("unit_id","received_on","id");--> statement-breakpoint
CREATE INDEX "reg_reconsideration_unit_office_date" ON "reg_reconsideration" USING btree ("unit_id","office","received_on");--> statement-breakpoint
CREATE INDEX "reg_survey_response_unit_date" ON "reg_survey_response" USING btree ("unit_id","surveyed_on","id");--> statement-breakpoint
CREATE INDEX "reg_survey_response_unit_office_date" ON "reg_survey_response" USING btree ("unit_id","office","surveyed_on");