CREATE TABLE "department_goals" (
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"summary" text,
	"overall" jsonb NOT NULL,
	"areas" jsonb NOT NULL,
	"safeguards" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "department_goals_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "goal_book_revision" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"source" text NOT NULL,
	"summary" text NOT NULL,
	"changes" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"project_id" integer,
	"position" integer NOT NULL,
	"level1" text NOT NULL,
	"level2" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"target_raw" text NOT NULL,
	"target_kind" text NOT NULL,
	"target_comparator" text,
	"target_value" double precision,
	"target_unit" text,
	"basis" text NOT NULL,
	"weight" double precision
);
--> statement-breakpoint
CREATE TABLE "project" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"purpose" text NOT NULL,
	"goals" jsonb NOT NULL,
	"spending_plan" jsonb NOT NULL,
	"budget_total_fen" bigint NOT NULL,
	"budget_fiscal_fen" bigint NOT NULL,
	"budget_other_fen" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "department_goals" ADD CONSTRAINT "department_goals_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_book_revision" ADD CONSTRAINT "goal_book_revision_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit" ADD CONSTRAINT "unit_parent_id_unit_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "goal_book_revision_number" ON "goal_book_revision" USING btree ("unit_id","year","number");--> statement-breakpoint
CREATE INDEX "indicator_unit_year_project" ON "indicator" USING btree ("unit_id","year","project_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "project_unit_year_code" ON "project" USING btree ("unit_id","year","code");