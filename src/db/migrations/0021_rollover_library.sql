CREATE TABLE "target_proposal" (
	"id" serial PRIMARY KEY NOT NULL,
	"rollover_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"previous_indicator_id" integer NOT NULL,
	"previous_target" text NOT NULL,
	"previous_actual" double precision,
	"previous_source" text NOT NULL,
	"rule" text NOT NULL,
	"proposed" jsonb NOT NULL,
	"reason_zh" text NOT NULL,
	"reason_en" text NOT NULL,
	"status" text NOT NULL,
	"decided_target" text,
	"decided_by" integer,
	"decided_by_name" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "year_rollover" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"status" text NOT NULL,
	"carried" jsonb NOT NULL,
	"created_by" integer,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_library" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"level1" text NOT NULL,
	"level2" text NOT NULL,
	"definition" text NOT NULL,
	"counted" text NOT NULL,
	"excluded" text NOT NULL,
	"unit_of_measure" text NOT NULL,
	"direction" text NOT NULL,
	"metric" text,
	"updated_by" integer,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "target_proposal" ADD CONSTRAINT "target_proposal_rollover_id_year_rollover_id_fk" FOREIGN KEY ("rollover_id") REFERENCES "public"."year_rollover"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_proposal" ADD CONSTRAINT "target_proposal_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_proposal" ADD CONSTRAINT "target_proposal_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_rollover" ADD CONSTRAINT "year_rollover_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "target_proposal_rollover" ON "target_proposal" USING btree ("rollover_id");--> statement-breakpoint
CREATE UNIQUE INDEX "target_proposal_indicator" ON "target_proposal" USING btree ("indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "year_rollover_unit_year" ON "year_rollover" USING btree ("unit_id","to_year");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_library_name_key" ON "indicator_library" USING btree ("name_key");