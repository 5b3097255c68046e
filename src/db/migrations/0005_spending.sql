CREATE TABLE "budget_revision" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"project_id" integer NOT NULL,
	"effective_on" date NOT NULL,
	"total_fen" bigint NOT NULL,
	"fiscal_fen" bigint NOT NULL,
	"other_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_revision_sources" CHECK ("budget_revision"."total_fen" = "budget_revision"."fiscal_fen" + "budget_revision"."other_fen" and "budget_revision"."fiscal_fen" >= 0 and "budget_revision"."other_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "payment_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"payment_id" integer NOT NULL,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"reason" text,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"project_id" integer NOT NULL,
	"paid_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"voucher_no" text NOT NULL,
	"payee" text NOT NULL,
	"summary" text NOT NULL,
	"fund_source" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"void_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" integer,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" integer,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_amount_positive" CHECK ("payment"."amount_fen" > 0),
	CONSTRAINT "payment_in_year" CHECK (extract(year from "payment"."paid_on") = "payment"."year"),
	CONSTRAINT "payment_status" CHECK ("payment"."status" in ('active', 'void')),
	CONSTRAINT "payment_fund_source" CHECK ("payment"."fund_source" in ('fiscal', 'other'))
);
--> statement-breakpoint
CREATE TABLE "unit_setting" (
	"unit_id" integer NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_setting_unit_id_key_pk" PRIMARY KEY("unit_id","key")
);
--> statement-breakpoint
ALTER TABLE "budget_revision" ADD CONSTRAINT "budget_revision_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_revision" ADD CONSTRAINT "budget_revision_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_history" ADD CONSTRAINT "payment_history_payment_id_payment_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_setting" ADD CONSTRAINT "unit_setting_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_revision_unit_year" ON "budget_revision" USING btree ("unit_id","year","project_id","effective_on");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_history_version" ON "payment_history" USING btree ("payment_id","version");--> statement-breakpoint
CREATE INDEX "payment_unit_year_paid_on" ON "payment" USING btree ("unit_id","year","paid_on");--> statement-breakpoint
CREATE INDEX "payment_project_paid_on" ON "payment" USING btree ("project_id","paid_on");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_voucher_active" ON "payment" USING btree ("unit_id","year","voucher_no") WHERE status = 'active';