CREATE TABLE "evaluation_comment" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"author_id" integer,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_line" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"signed_score" double precision,
	"sign_reason" text,
	"band_score" double precision,
	"deviation" text,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_project_note" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"project_code" text NOT NULL,
	"actual_results" text NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_report" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"author_id" integer,
	"author_name" text,
	"submitted_at" timestamp with time zone,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"snapshot" jsonb,
	"frozen_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation_scheme" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"scheme" jsonb NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_comment" ADD CONSTRAINT "evaluation_comment_report_id_evaluation_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."evaluation_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_line" ADD CONSTRAINT "evaluation_line_report_id_evaluation_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."evaluation_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_project_note" ADD CONSTRAINT "evaluation_project_note_report_id_evaluation_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."evaluation_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_report" ADD CONSTRAINT "evaluation_report_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scheme" ADD CONSTRAINT "evaluation_scheme_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_comment_report" ON "evaluation_comment" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_line_report_indicator" ON "evaluation_line" USING btree ("report_id","indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_project_note_report_project" ON "evaluation_project_note" USING btree ("report_id","project_code");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_report_unit_year" ON "evaluation_report" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_scheme_unit_year" ON "evaluation_scheme" USING btree ("unit_id","year");