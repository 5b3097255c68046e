CREATE TABLE "correction_study_hours_daily" (
	"unit_id" integer NOT NULL,
	"staff_name" text NOT NULL,
	"day" date NOT NULL,
	"hours" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "correction_study_hours_daily_pk" PRIMARY KEY("unit_id","day","staff_name")
);
--> statement-breakpoint
CREATE TABLE "correction_study_hours_monthly" (
	"unit_id" integer NOT NULL,
	"staff_name" text NOT NULL,
	"month" date NOT NULL,
	"hours" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "correction_study_hours_monthly_pk" PRIMARY KEY("unit_id","month","staff_name")
);
