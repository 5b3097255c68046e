CREATE TABLE "unit_office" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"kind" text DEFAULT 'office' NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_office_name" UNIQUE("unit_id","kind","name")
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "data_scope" text DEFAULT 'unitAndBelow' NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_office" ADD CONSTRAINT "unit_office_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE cascade ON UPDATE no action;