import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_chambers_services_enabled" AS ENUM('open-businesses', 'mutual-aid');
  CREATE TYPE "public"."enum_businesses_services" AS ENUM('click-and-collect', 'delivery', 'phone-orders');
  CREATE TYPE "public"."enum_businesses_category" AS ENUM('alimentation', 'restauration-a-emporter', 'artisan', 'producteur-local', 'sante', 'services', 'autre');
  CREATE TYPE "public"."enum_businesses_status" AS ENUM('pending', 'published', 'rejected', 'expired', 'withdrawn');
  CREATE TYPE "public"."enum_aid_posts_kind" AS ENUM('offer', 'request');
  CREATE TYPE "public"."enum_aid_posts_category" AS ENUM('materiel', 'epi', 'main-d-oeuvre', 'logistique', 'locaux', 'conseil', 'autre');
  CREATE TYPE "public"."enum_aid_posts_state" AS ENUM('open', 'matched', 'closed');
  CREATE TYPE "public"."enum_aid_posts_status" AS ENUM('pending', 'published', 'rejected', 'expired', 'withdrawn');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sweepCrisisListings' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sweepCrisisListings' BEFORE 'schedulePublish';
  CREATE TABLE "chambers_services_enabled" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_chambers_services_enabled",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "businesses_services" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_businesses_services",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "businesses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"category" "enum_businesses_category" NOT NULL,
  	"description" varchar,
  	"address" varchar NOT NULL,
  	"postal_code" varchar NOT NULL,
  	"city" varchar NOT NULL,
  	"department_code" varchar,
  	"latitude" numeric NOT NULL,
  	"longitude" numeric NOT NULL,
  	"hours_monday" varchar,
  	"hours_tuesday" varchar,
  	"hours_wednesday" varchar,
  	"hours_thursday" varchar,
  	"hours_friday" varchar,
  	"hours_saturday" varchar,
  	"hours_sunday" varchar,
  	"phone" varchar,
  	"website" varchar,
  	"public_email" varchar,
  	"owner_email" varchar NOT NULL,
  	"owner_name" varchar,
  	"chamber_id" integer NOT NULL,
  	"status" "enum_businesses_status" DEFAULT 'pending' NOT NULL,
  	"rejection_reason" varchar,
  	"possible_duplicate_of_id" integer,
  	"duplicate_key" varchar,
  	"submitted_at" timestamp(3) with time zone NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"reminder_for" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "aid_posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_aid_posts_kind" NOT NULL,
  	"category" "enum_aid_posts_category" NOT NULL,
  	"state" "enum_aid_posts_state" DEFAULT 'open' NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"quantity" varchar,
  	"company" varchar NOT NULL,
  	"postal_code" varchar NOT NULL,
  	"city" varchar NOT NULL,
  	"department_code" varchar,
  	"latitude" numeric NOT NULL,
  	"longitude" numeric NOT NULL,
  	"owner_email" varchar NOT NULL,
  	"owner_name" varchar,
  	"chamber_id" integer NOT NULL,
  	"status" "enum_aid_posts_status" DEFAULT 'pending' NOT NULL,
  	"rejection_reason" varchar,
  	"possible_duplicate_of_id" integer,
  	"duplicate_key" varchar,
  	"submitted_at" timestamp(3) with time zone NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"reminder_for" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "businesses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "aid_posts_id" integer;
  ALTER TABLE "chambers_services_enabled" ADD CONSTRAINT "chambers_services_enabled_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chambers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "businesses_services" ADD CONSTRAINT "businesses_services_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "businesses" ADD CONSTRAINT "businesses_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "businesses" ADD CONSTRAINT "businesses_possible_duplicate_of_id_businesses_id_fk" FOREIGN KEY ("possible_duplicate_of_id") REFERENCES "public"."businesses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aid_posts" ADD CONSTRAINT "aid_posts_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aid_posts" ADD CONSTRAINT "aid_posts_possible_duplicate_of_id_aid_posts_id_fk" FOREIGN KEY ("possible_duplicate_of_id") REFERENCES "public"."aid_posts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "chambers_services_enabled_order_idx" ON "chambers_services_enabled" USING btree ("order");
  CREATE INDEX "chambers_services_enabled_parent_idx" ON "chambers_services_enabled" USING btree ("parent_id");
  CREATE INDEX "businesses_services_order_idx" ON "businesses_services" USING btree ("order");
  CREATE INDEX "businesses_services_parent_idx" ON "businesses_services" USING btree ("parent_id");
  CREATE INDEX "businesses_category_idx" ON "businesses" USING btree ("category");
  CREATE INDEX "businesses_postal_code_idx" ON "businesses" USING btree ("postal_code");
  CREATE INDEX "businesses_department_code_idx" ON "businesses" USING btree ("department_code");
  CREATE INDEX "businesses_chamber_idx" ON "businesses" USING btree ("chamber_id");
  CREATE INDEX "businesses_status_idx" ON "businesses" USING btree ("status");
  CREATE INDEX "businesses_possible_duplicate_of_idx" ON "businesses" USING btree ("possible_duplicate_of_id");
  CREATE INDEX "businesses_duplicate_key_idx" ON "businesses" USING btree ("duplicate_key");
  CREATE INDEX "businesses_submitted_at_idx" ON "businesses" USING btree ("submitted_at");
  CREATE INDEX "businesses_expires_at_idx" ON "businesses" USING btree ("expires_at");
  CREATE INDEX "businesses_updated_at_idx" ON "businesses" USING btree ("updated_at");
  CREATE INDEX "businesses_created_at_idx" ON "businesses" USING btree ("created_at");
  CREATE INDEX "status_expiresAt_latitude_longitude_idx" ON "businesses" USING btree ("status","expires_at","latitude","longitude");
  CREATE INDEX "aid_posts_kind_idx" ON "aid_posts" USING btree ("kind");
  CREATE INDEX "aid_posts_category_idx" ON "aid_posts" USING btree ("category");
  CREATE INDEX "aid_posts_state_idx" ON "aid_posts" USING btree ("state");
  CREATE INDEX "aid_posts_postal_code_idx" ON "aid_posts" USING btree ("postal_code");
  CREATE INDEX "aid_posts_department_code_idx" ON "aid_posts" USING btree ("department_code");
  CREATE INDEX "aid_posts_chamber_idx" ON "aid_posts" USING btree ("chamber_id");
  CREATE INDEX "aid_posts_status_idx" ON "aid_posts" USING btree ("status");
  CREATE INDEX "aid_posts_possible_duplicate_of_idx" ON "aid_posts" USING btree ("possible_duplicate_of_id");
  CREATE INDEX "aid_posts_duplicate_key_idx" ON "aid_posts" USING btree ("duplicate_key");
  CREATE INDEX "aid_posts_submitted_at_idx" ON "aid_posts" USING btree ("submitted_at");
  CREATE INDEX "aid_posts_expires_at_idx" ON "aid_posts" USING btree ("expires_at");
  CREATE INDEX "aid_posts_updated_at_idx" ON "aid_posts" USING btree ("updated_at");
  CREATE INDEX "aid_posts_created_at_idx" ON "aid_posts" USING btree ("created_at");
  CREATE INDEX "status_expiresAt_submittedAt_idx" ON "aid_posts" USING btree ("status","expires_at","submitted_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_businesses_fk" FOREIGN KEY ("businesses_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_aid_posts_fk" FOREIGN KEY ("aid_posts_id") REFERENCES "public"."aid_posts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_businesses_id_idx" ON "payload_locked_documents_rels" USING btree ("businesses_id");
  CREATE INDEX "payload_locked_documents_rels_aid_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("aid_posts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "chambers_services_enabled" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "businesses_services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "businesses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "aid_posts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "chambers_services_enabled" CASCADE;
  DROP TABLE "businesses_services" CASCADE;
  DROP TABLE "businesses" CASCADE;
  DROP TABLE "aid_posts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_businesses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_aid_posts_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotification', 'remindDueTomorrow', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotification', 'remindDueTomorrow', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_businesses_id_idx";
  DROP INDEX "payload_locked_documents_rels_aid_posts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "businesses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "aid_posts_id";
  DROP TYPE "public"."enum_chambers_services_enabled";
  DROP TYPE "public"."enum_businesses_services";
  DROP TYPE "public"."enum_businesses_category";
  DROP TYPE "public"."enum_businesses_status";
  DROP TYPE "public"."enum_aid_posts_kind";
  DROP TYPE "public"."enum_aid_posts_category";
  DROP TYPE "public"."enum_aid_posts_state";
  DROP TYPE "public"."enum_aid_posts_status";`)
}
