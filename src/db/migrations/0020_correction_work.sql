CREATE TABLE "correction_joint_inspection" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"held_on" date NOT NULL,
	"kind" text NOT NULL,
	"partners" text[] NOT NULL,
	"findings" text NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "correction_procuratorate_opinion" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"received_on" date NOT NULL,
	"document_no" text NOT NULL,
	"content" text NOT NULL,
	"answer_due_on" date NOT NULL,
	"answered_on" date,
	"answer" text,
	"created_by_name" text NOT NULL,
	"answered_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "correction_opinion_answer" CHECK (("correction_procuratorate_opinion"."answered_on" is null) = ("correction_procuratorate_opinion"."answer" is null))
);
--> statement-breakpoint
CREATE TABLE "correction_rectification" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"inspection_id" integer NOT NULL,
	"item" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"done_note" text,
	"done_by_name" text
);
--> statement-breakpoint
CREATE TABLE "correction_sanction" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"office" text,
	"kind" text NOT NULL,
	"cause" text NOT NULL,
	"cause_days" integer,
	"occurred_on" date NOT NULL,
	"grounds" text NOT NULL,
	"document_no" text,
	"decided_on" date,
	"basis_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"proposed_reason" text,
	"state" text NOT NULL,
	"return_reason" text,
	"corrected_on" date,
	"created_by" integer,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_name" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "correction_sanction_kind" CHECK ("correction_sanction"."kind" in ('表扬', '训诫', '警告', '提请治安处罚', '提请撤销')),
	CONSTRAINT "correction_sanction_state" CHECK ("correction_sanction"."state" in ('draft', 'submitted', 'returned', 'approved', 'locked')),
	CONSTRAINT "correction_sanction_decided" CHECK ("correction_sanction"."state" not in ('approved', 'locked') or ("correction_sanction"."decided_on" is not null and "correction_sanction"."document_no" is not null))
);
--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "notice_received_on" date;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "family_notified_on" date;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "met_at_gate" boolean;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "returned_on" date;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "file_opened_on" date;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "visited_on" date;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "help_group" text;--> statement-breakpoint
ALTER TABLE "reg_resettlement_person" ADD COLUMN "assisted_on" date;--> statement-breakpoint
ALTER TABLE "correction_joint_inspection" ADD CONSTRAINT "correction_joint_inspection_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_procuratorate_opinion" ADD CONSTRAINT "correction_procuratorate_opinion_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_rectification" ADD CONSTRAINT "correction_rectification_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_rectification" ADD CONSTRAINT "correction_rectification_inspection_id_correction_joint_inspection_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."correction_joint_inspection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_sanction" ADD CONSTRAINT "correction_sanction_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_sanction" ADD CONSTRAINT "correction_sanction_person_id_reg_correction_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."reg_correction_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "correction_joint_inspection_unit_date" ON "correction_joint_inspection" USING btree ("unit_id","held_on");--> statement-breakpoint
CREATE INDEX "correction_opinion_unit_date" ON "correction_procuratorate_opinion" USING btree ("unit_id","received_on");--> statement-breakpoint
CREATE INDEX "correction_rectification_inspection" ON "correction_rectification" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "correction_rectification_unit_due" ON "correction_rectification" USING btree ("unit_id","due_on");--> statement-breakpoint
CREATE INDEX "correction_sanction_person" ON "correction_sanction" USING btree ("unit_id","person_id","id");--> statement-breakpoint
CREATE INDEX "correction_sanction_unit_state" ON "correction_sanction" USING btree ("unit_id","state");