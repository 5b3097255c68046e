CREATE TABLE "aggregate_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metric_daily" (
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"metric" text NOT NULL,
	"filter_name" text DEFAULT '' NOT NULL,
	"filter_value" text DEFAULT '' NOT NULL,
	"day" date NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	"numerator" integer DEFAULT 0 NOT NULL,
	"total" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "metric_daily_pk" PRIMARY KEY("unit_id","year","metric","filter_name","filter_value","day")
);
--> statement-breakpoint
CREATE TABLE "payment_daily" (
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"project_id" integer NOT NULL,
	"day" date NOT NULL,
	"amount_fen" bigint DEFAULT 0 NOT NULL,
	"payments" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "payment_daily_pk" PRIMARY KEY("unit_id","year","project_id","day")
);
