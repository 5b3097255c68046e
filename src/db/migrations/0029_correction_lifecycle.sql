CREATE TABLE "correction_activity" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"office" text,
	"kind" text NOT NULL,
	"done_on" date NOT NULL,
	"amount" integer NOT NULL,
	"note" text,
	"voided" boolean DEFAULT false NOT NULL,
	"recorded_by" integer,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "correction_person_step" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"office" text,
	"step" text NOT NULL,
	"done_on" date NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_by" integer,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "correction_activity" ADD CONSTRAINT "correction_activity_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_activity" ADD CONSTRAINT "correction_activity_person_id_reg_correction_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."reg_correction_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_person_step" ADD CONSTRAINT "correction_person_step_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_person_step" ADD CONSTRAINT "correction_person_step_person_id_reg_correction_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."reg_correction_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "correction_activity_person_date" ON "correction_activity" USING btree ("person_id","done_on");--> statement-breakpoint
CREATE INDEX "correction_activity_unit_date" ON "correction_activity" USING btree ("unit_id","done_on");--> statement-breakpoint
CREATE UNIQUE INDEX "correction_person_step_person_step" ON "correction_person_step" USING btree ("person_id","step");--> statement-breakpoint
CREATE INDEX "correction_person_step_unit" ON "correction_person_step" USING btree ("unit_id","step","done_on");