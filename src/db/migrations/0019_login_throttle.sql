CREATE TABLE "login_throttle" (
	"username" text NOT NULL,
	"source" text NOT NULL,
	"failures" integer NOT NULL,
	"last_failed_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	CONSTRAINT "login_throttle_username_source_pk" PRIMARY KEY("username","source")
);
--> statement-breakpoint
CREATE INDEX "login_throttle_last_failed" ON "login_throttle" USING btree ("last_failed_at");--> statement-breakpoint
ALTER TABLE "app_user" DROP COLUMN "failed_attempts";--> statement-breakpoint
ALTER TABLE "app_user" DROP COLUMN "locked_until";