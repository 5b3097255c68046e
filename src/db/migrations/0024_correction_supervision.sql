CREATE TABLE "reg_correction_alarm" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"person_id" integer NOT NULL,
	"kind" text NOT NULL,
	"raised_on" date NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone,
	"vendor_id" integer,
	"event_id" text,
	"location" text,
	"handled_at" timestamp with time zone,
	"handled_on" date,
	"verified" boolean,
	"outcome" text,
	"handler" text,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by" integer,
	"void_reason" text
);
--> statement-breakpoint
CREATE TABLE "correction_approval" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"person_id" integer NOT NULL,
	"kind" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	"applied_on" date NOT NULL,
	"details" jsonb NOT NULL,
	"level" text NOT NULL,
	"state" text NOT NULL,
	"entered_by" integer,
	"entered_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_by" integer,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"opinion" text,
	"returned_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reg_correction_daily_report" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"office" text,
	"report_date" date NOT NULL,
	"status" text NOT NULL,
	"roster" integer,
	"lost" integer,
	"out_of_bounds" integer,
	"violations" integer,
	"new_offences" integer,
	"incidents" integer,
	"filed_at" timestamp with time zone,
	"filed_by" text,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by" integer,
	"void_reason" text
);
--> statement-breakpoint
CREATE TABLE "correction_sensitive_period" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "correction_vendor" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "correction_vendor_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
ALTER TABLE "reg_correction_alarm" ADD CONSTRAINT "reg_correction_alarm_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_approval" ADD CONSTRAINT "correction_approval_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reg_correction_daily_report" ADD CONSTRAINT "reg_correction_daily_report_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_sensitive_period" ADD CONSTRAINT "correction_sensitive_period_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_vendor" ADD CONSTRAINT "correction_vendor_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reg_correction_alarm_unit_date" ON "reg_correction_alarm" USING btree ("unit_id","raised_on","id") WHERE "reg_correction_alarm"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_correction_alarm_unit_date_all" ON "reg_correction_alarm" USING btree ("unit_id","raised_on","id");--> statement-breakpoint
CREATE INDEX "reg_correction_alarm_unit_office_date" ON "reg_correction_alarm" USING btree ("unit_id","office","raised_on") WHERE "reg_correction_alarm"."voided_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reg_correction_alarm_vendor_event" ON "reg_correction_alarm" USING btree ("vendor_id","event_id") WHERE "reg_correction_alarm"."event_id" is not null;--> statement-breakpoint
CREATE INDEX "reg_correction_alarm_open" ON "reg_correction_alarm" USING btree ("unit_id","office","due_at") WHERE "reg_correction_alarm"."handled_at" is null and "reg_correction_alarm"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "correction_approval_unit_state" ON "correction_approval" USING btree ("unit_id","state","from_on");--> statement-breakpoint
CREATE INDEX "correction_approval_person" ON "correction_approval" USING btree ("person_id","kind");--> statement-breakpoint
CREATE INDEX "reg_correction_daily_report_unit_date" ON "reg_correction_daily_report" USING btree ("unit_id","report_date","id") WHERE "reg_correction_daily_report"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "reg_correction_daily_report_unit_date_all" ON "reg_correction_daily_report" USING btree ("unit_id","report_date","id");--> statement-breakpoint
CREATE INDEX "reg_correction_daily_report_unit_office_date" ON "reg_correction_daily_report" USING btree ("unit_id","office","report_date") WHERE "reg_correction_daily_report"."voided_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reg_correction_daily_report_office_date" ON "reg_correction_daily_report" USING btree ("unit_id","office","report_date") WHERE "reg_correction_daily_report"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "correction_sensitive_period_unit" ON "correction_sensitive_period" USING btree ("unit_id","from_on");