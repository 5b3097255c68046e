CREATE TABLE "imported_evaluation" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"content" jsonb NOT NULL,
	"source_name" text NOT NULL,
	"imported_by_name" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "imported_evaluation" ADD CONSTRAINT "imported_evaluation_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "imported_evaluation_unit_year" ON "imported_evaluation" USING btree ("unit_id","year");