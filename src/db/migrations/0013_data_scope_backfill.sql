-- Existing users keep the reach their role gave them before the data-scope rule was stored.
UPDATE "app_user" SET "data_scope" = 'office' WHERE "role" = 'office';--> statement-breakpoint
UPDATE "app_user" SET "data_scope" = 'assigned' WHERE "role" = 'reviewer';--> statement-breakpoint
UPDATE "app_user" SET "data_scope" = 'all' WHERE "role" = 'admin' AND "unit_id" IS NULL;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_data_scope_check" CHECK ("data_scope" IN ('office', 'unit', 'unitAndBelow', 'assigned', 'all'));--> statement-breakpoint
ALTER TABLE "unit_office" ADD CONSTRAINT "unit_office_kind_check" CHECK ("kind" IN ('office', 'committee'));--> statement-breakpoint
-- the 司法所 users already belong to become their unit's offices
INSERT INTO "unit_office" ("unit_id", "kind", "name")
SELECT DISTINCT "unit_id", 'office', "office" FROM "app_user" WHERE "unit_id" IS NOT NULL AND "office" IS NOT NULL AND "office" <> ''
ON CONFLICT DO NOTHING;
