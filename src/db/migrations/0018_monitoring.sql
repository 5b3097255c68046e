CREATE TABLE "monitoring_comment" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_line" (
	"report_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"likelihood" text,
	"cause" text,
	"cause_text" text,
	"confirmed_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_line_report_id_indicator_id_pk" PRIMARY KEY("report_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_measure" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"report_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"text" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"follow_up_note" text,
	"followed_up_report_id" integer,
	"followed_up_by_name" text,
	"followed_up_at" timestamp with time zone,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_report" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"state" text NOT NULL,
	"snapshot" jsonb,
	"submitted_by" integer,
	"submitted_by_name" text,
	"submitted_at" timestamp with time zone,
	"decided_by" integer,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"return_reason" text,
	"reopen_reason" text,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_report_unit_year_month" UNIQUE("unit_id","year","month")
);
--> statement-breakpoint
ALTER TABLE "monitoring_comment" ADD CONSTRAINT "monitoring_comment_report_id_monitoring_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monitoring_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_comment" ADD CONSTRAINT "monitoring_comment_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_line" ADD CONSTRAINT "monitoring_line_report_id_monitoring_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monitoring_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_line" ADD CONSTRAINT "monitoring_line_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_line" ADD CONSTRAINT "monitoring_line_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_measure" ADD CONSTRAINT "monitoring_measure_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_measure" ADD CONSTRAINT "monitoring_measure_report_id_monitoring_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monitoring_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_measure" ADD CONSTRAINT "monitoring_measure_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_measure" ADD CONSTRAINT "monitoring_measure_followed_up_report_id_monitoring_report_id_fk" FOREIGN KEY ("followed_up_report_id") REFERENCES "public"."monitoring_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_report" ADD CONSTRAINT "monitoring_report_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_comment_report" ON "monitoring_comment" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "monitoring_measure_unit_year" ON "monitoring_measure" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "monitoring_measure_report" ON "monitoring_measure" USING btree ("report_id","indicator_id");--> statement-breakpoint
CREATE INDEX "monitoring_report_unit_state" ON "monitoring_report" USING btree ("unit_id","state");