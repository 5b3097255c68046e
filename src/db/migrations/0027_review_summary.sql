CREATE TABLE "review_summary" (
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"revision" integer NOT NULL,
	"findings" integer NOT NULL,
	"errors" integer NOT NULL,
	"warnings" integer NOT NULL,
	"suggestions" integer NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_summary_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
ALTER TABLE "review_summary" ADD CONSTRAINT "review_summary_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;