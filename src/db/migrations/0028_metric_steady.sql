CREATE TABLE "metric_steady" (
	"unit_id" integer NOT NULL,
	"metric" text NOT NULL,
	"filter_name" text DEFAULT '' NOT NULL,
	"filter_value" text DEFAULT '' NOT NULL,
	"from_year" integer NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	"numerator" integer DEFAULT 0 NOT NULL,
	"total" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "metric_steady_pk" PRIMARY KEY("unit_id","metric","filter_name","filter_value","from_year")
);
