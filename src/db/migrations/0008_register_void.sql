ALTER TABLE "reg_correction_person" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_correction_person" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_correction_person" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_correction_staff" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_correction_staff" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_correction_staff" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_correction_study" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_correction_study" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_correction_study" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_case" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_case" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_case" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_consultation" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_consultation" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_consultation" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_duty_shift" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_duty_shift" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_legal_aid_duty_shift" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_legal_service_approval" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_legal_service_approval" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_legal_service_approval" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_mediation_committee" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_mediation_committee" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_mediation_committee" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_mediation_dispute" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_mediation_dispute" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_mediation_dispute" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_mediation_mediator" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_mediation_mediator" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_mediation_mediator" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_procurement_plan" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_procurement_plan" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_procurement_plan" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_procurement_purchase" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_procurement_purchase" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_procurement_purchase" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_publicity_event" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_publicity_event" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_publicity_event" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_publicity_material" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_publicity_material" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_publicity_material" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_legal_affair" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_legal_affair" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_legal_affair" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_printed_document" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_printed_document" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_printed_document" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_reconsideration" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_reconsideration" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_reconsideration" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reg_survey_response" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reg_survey_response" ADD COLUMN "voided_by" integer;--> statement-breakpoint
ALTER TABLE "reg_survey_response" ADD COLUMN "void_reason" text;