import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subjects_channels" AS ENUM('site', 'x', 'facebook', 'linkedin');
  CREATE TYPE "public"."enum_subjects_source" AS ENUM('business-questions', 'chamber-initiative', 'press-request', 'government-measure', 'newsroom-idea');
  CREATE TYPE "public"."enum_subjects_priority" AS ENUM('urgent', 'high', 'normal', 'low');
  CREATE TYPE "public"."enum_subjects_target_type" AS ENUM('articles', 'success-stories', 'initiatives', 'faqs', 'guides', 'events', 'dossiers');
  CREATE TYPE "public"."enum_subjects_status" AS ENUM('proposed', 'accepted', 'rejected', 'postponed', 'assigned', 'in-progress', 'delivered');
  CREATE TYPE "public"."enum_editorial_meetings_decisions_decision" AS ENUM('accepted', 'rejected', 'postponed', 'assigned');
  CREATE TYPE "public"."enum_editorial_meetings_status" AS ENUM('planned', 'open', 'closed');
  CREATE TYPE "public"."enum_questions_sector" AS ENUM('commerce', 'hospitality', 'industry', 'construction', 'services', 'transport', 'tourism', 'other');
  CREATE TYPE "public"."enum_questions_territory" AS ENUM('national', 'auvergne-rhone-alpes', 'bourgogne-franche-comte', 'bretagne', 'centre-val-de-loire', 'corse', 'grand-est', 'hauts-de-france', 'ile-de-france', 'normandie', 'nouvelle-aquitaine', 'occitanie', 'pays-de-la-loire', 'provence-alpes-cote-d-azur', 'guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte');
  CREATE TYPE "public"."enum_questions_audience" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNotification' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindDueTomorrow' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNotification' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindDueTomorrow' BEFORE 'schedulePublish';
  CREATE TABLE "subjects_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subjects_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subjects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"angle" varchar,
  	"source" "enum_subjects_source" DEFAULT 'newsroom-idea',
  	"priority" "enum_subjects_priority" DEFAULT 'normal',
  	"source_details" varchar,
  	"target_type" "enum_subjects_target_type",
  	"status" "enum_subjects_status" DEFAULT 'proposed',
  	"assignee_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"due_reminder_for" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subjects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"questions_id" integer,
  	"editorial_meetings_id" integer,
  	"articles_id" integer,
  	"success_stories_id" integer,
  	"initiatives_id" integer,
  	"faqs_id" integer,
  	"guides_id" integer,
  	"events_id" integer,
  	"dossiers_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "editorial_meetings_decisions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"subject_id" integer NOT NULL,
  	"decision" "enum_editorial_meetings_decisions_decision" NOT NULL,
  	"assignee_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "editorial_meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"week" varchar NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_editorial_meetings_status" DEFAULT 'planned',
  	"facilitator_id" integer,
  	"notes" varchar,
  	"closed_at" timestamp(3) with time zone,
  	"closed_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "editorial_meetings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"resolved" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"success_stories_id" integer,
  	"initiatives_id" integer,
  	"faqs_id" integer,
  	"guides_id" integer,
  	"events_id" integer,
  	"dossiers_id" integer,
  	"subjects_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"sector" "enum_questions_sector" NOT NULL,
  	"territory" "enum_questions_territory" NOT NULL,
  	"audience" "enum_questions_audience" NOT NULL,
  	"asked_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users" ADD COLUMN "notifications_assignment" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_review_requested" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_changes_requested" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_mention" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_meeting_closed" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_due_tomorrow" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "calendar_token_hash" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subjects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "editorial_meetings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "subjects_channels" ADD CONSTRAINT "subjects_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subjects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects" ADD CONSTRAINT "subjects_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subjects" ADD CONSTRAINT "subjects_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subjects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_editorial_meetings_fk" FOREIGN KEY ("editorial_meetings_id") REFERENCES "public"."editorial_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_success_stories_fk" FOREIGN KEY ("success_stories_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_meetings_decisions" ADD CONSTRAINT "editorial_meetings_decisions_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_meetings_decisions" ADD CONSTRAINT "editorial_meetings_decisions_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_meetings_decisions" ADD CONSTRAINT "editorial_meetings_decisions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editorial_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_meetings" ADD CONSTRAINT "editorial_meetings_facilitator_id_users_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_meetings" ADD CONSTRAINT "editorial_meetings_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_meetings_rels" ADD CONSTRAINT "editorial_meetings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editorial_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_meetings_rels" ADD CONSTRAINT "editorial_meetings_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_success_stories_fk" FOREIGN KEY ("success_stories_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_subjects_fk" FOREIGN KEY ("subjects_id") REFERENCES "public"."subjects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "subjects_channels_order_idx" ON "subjects_channels" USING btree ("order");
  CREATE INDEX "subjects_channels_parent_idx" ON "subjects_channels" USING btree ("parent_id");
  CREATE INDEX "subjects_status_idx" ON "subjects" USING btree ("status");
  CREATE INDEX "subjects_assignee_idx" ON "subjects" USING btree ("assignee_id");
  CREATE INDEX "subjects_due_date_idx" ON "subjects" USING btree ("due_date");
  CREATE INDEX "subjects_created_by_idx" ON "subjects" USING btree ("created_by_id");
  CREATE INDEX "subjects_updated_at_idx" ON "subjects" USING btree ("updated_at");
  CREATE INDEX "subjects_created_at_idx" ON "subjects" USING btree ("created_at");
  CREATE INDEX "subjects_rels_order_idx" ON "subjects_rels" USING btree ("order");
  CREATE INDEX "subjects_rels_parent_idx" ON "subjects_rels" USING btree ("parent_id");
  CREATE INDEX "subjects_rels_path_idx" ON "subjects_rels" USING btree ("path");
  CREATE INDEX "subjects_rels_questions_id_idx" ON "subjects_rels" USING btree ("questions_id");
  CREATE INDEX "subjects_rels_editorial_meetings_id_idx" ON "subjects_rels" USING btree ("editorial_meetings_id");
  CREATE INDEX "subjects_rels_articles_id_idx" ON "subjects_rels" USING btree ("articles_id");
  CREATE INDEX "subjects_rels_success_stories_id_idx" ON "subjects_rels" USING btree ("success_stories_id");
  CREATE INDEX "subjects_rels_initiatives_id_idx" ON "subjects_rels" USING btree ("initiatives_id");
  CREATE INDEX "subjects_rels_faqs_id_idx" ON "subjects_rels" USING btree ("faqs_id");
  CREATE INDEX "subjects_rels_guides_id_idx" ON "subjects_rels" USING btree ("guides_id");
  CREATE INDEX "subjects_rels_events_id_idx" ON "subjects_rels" USING btree ("events_id");
  CREATE INDEX "subjects_rels_dossiers_id_idx" ON "subjects_rels" USING btree ("dossiers_id");
  CREATE INDEX "subjects_rels_topics_id_idx" ON "subjects_rels" USING btree ("topics_id");
  CREATE INDEX "editorial_meetings_decisions_order_idx" ON "editorial_meetings_decisions" USING btree ("_order");
  CREATE INDEX "editorial_meetings_decisions_parent_id_idx" ON "editorial_meetings_decisions" USING btree ("_parent_id");
  CREATE INDEX "editorial_meetings_decisions_subject_idx" ON "editorial_meetings_decisions" USING btree ("subject_id");
  CREATE INDEX "editorial_meetings_decisions_assignee_idx" ON "editorial_meetings_decisions" USING btree ("assignee_id");
  CREATE UNIQUE INDEX "editorial_meetings_week_idx" ON "editorial_meetings" USING btree ("week");
  CREATE INDEX "editorial_meetings_date_idx" ON "editorial_meetings" USING btree ("date");
  CREATE INDEX "editorial_meetings_status_idx" ON "editorial_meetings" USING btree ("status");
  CREATE INDEX "editorial_meetings_facilitator_idx" ON "editorial_meetings" USING btree ("facilitator_id");
  CREATE INDEX "editorial_meetings_closed_by_idx" ON "editorial_meetings" USING btree ("closed_by_id");
  CREATE INDEX "editorial_meetings_updated_at_idx" ON "editorial_meetings" USING btree ("updated_at");
  CREATE INDEX "editorial_meetings_created_at_idx" ON "editorial_meetings" USING btree ("created_at");
  CREATE INDEX "editorial_meetings_rels_order_idx" ON "editorial_meetings_rels" USING btree ("order");
  CREATE INDEX "editorial_meetings_rels_parent_idx" ON "editorial_meetings_rels" USING btree ("parent_id");
  CREATE INDEX "editorial_meetings_rels_path_idx" ON "editorial_meetings_rels" USING btree ("path");
  CREATE INDEX "editorial_meetings_rels_users_id_idx" ON "editorial_meetings_rels" USING btree ("users_id");
  CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "comments_rels_order_idx" ON "comments_rels" USING btree ("order");
  CREATE INDEX "comments_rels_parent_idx" ON "comments_rels" USING btree ("parent_id");
  CREATE INDEX "comments_rels_path_idx" ON "comments_rels" USING btree ("path");
  CREATE INDEX "comments_rels_articles_id_idx" ON "comments_rels" USING btree ("articles_id");
  CREATE INDEX "comments_rels_success_stories_id_idx" ON "comments_rels" USING btree ("success_stories_id");
  CREATE INDEX "comments_rels_initiatives_id_idx" ON "comments_rels" USING btree ("initiatives_id");
  CREATE INDEX "comments_rels_faqs_id_idx" ON "comments_rels" USING btree ("faqs_id");
  CREATE INDEX "comments_rels_guides_id_idx" ON "comments_rels" USING btree ("guides_id");
  CREATE INDEX "comments_rels_events_id_idx" ON "comments_rels" USING btree ("events_id");
  CREATE INDEX "comments_rels_dossiers_id_idx" ON "comments_rels" USING btree ("dossiers_id");
  CREATE INDEX "comments_rels_subjects_id_idx" ON "comments_rels" USING btree ("subjects_id");
  CREATE INDEX "comments_rels_users_id_idx" ON "comments_rels" USING btree ("users_id");
  CREATE INDEX "questions_asked_at_idx" ON "questions" USING btree ("asked_at");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "questions_rels_order_idx" ON "questions_rels" USING btree ("order");
  CREATE INDEX "questions_rels_parent_idx" ON "questions_rels" USING btree ("parent_id");
  CREATE INDEX "questions_rels_path_idx" ON "questions_rels" USING btree ("path");
  CREATE INDEX "questions_rels_topics_id_idx" ON "questions_rels" USING btree ("topics_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subjects_fk" FOREIGN KEY ("subjects_id") REFERENCES "public"."subjects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editorial_meetings_fk" FOREIGN KEY ("editorial_meetings_id") REFERENCES "public"."editorial_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_calendar_token_hash_idx" ON "users" USING btree ("calendar_token_hash");
  CREATE INDEX "payload_locked_documents_rels_subjects_id_idx" ON "payload_locked_documents_rels" USING btree ("subjects_id");
  CREATE INDEX "payload_locked_documents_rels_editorial_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("editorial_meetings_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subjects_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subjects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subjects_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_meetings_decisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_meetings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subjects_channels" CASCADE;
  DROP TABLE "subjects" CASCADE;
  DROP TABLE "subjects_rels" CASCADE;
  DROP TABLE "editorial_meetings_decisions" CASCADE;
  DROP TABLE "editorial_meetings" CASCADE;
  DROP TABLE "editorial_meetings_rels" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comments_rels" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_rels" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subjects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_editorial_meetings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_questions_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_calendar_token_hash_idx";
  DROP INDEX "payload_locked_documents_rels_subjects_id_idx";
  DROP INDEX "payload_locked_documents_rels_editorial_meetings_id_idx";
  DROP INDEX "payload_locked_documents_rels_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_questions_id_idx";
  ALTER TABLE "users" DROP COLUMN "notifications_assignment";
  ALTER TABLE "users" DROP COLUMN "notifications_review_requested";
  ALTER TABLE "users" DROP COLUMN "notifications_changes_requested";
  ALTER TABLE "users" DROP COLUMN "notifications_mention";
  ALTER TABLE "users" DROP COLUMN "notifications_meeting_closed";
  ALTER TABLE "users" DROP COLUMN "notifications_due_tomorrow";
  ALTER TABLE "users" DROP COLUMN "calendar_token_hash";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subjects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "editorial_meetings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "questions_id";
  DROP TYPE "public"."enum_subjects_channels";
  DROP TYPE "public"."enum_subjects_source";
  DROP TYPE "public"."enum_subjects_priority";
  DROP TYPE "public"."enum_subjects_target_type";
  DROP TYPE "public"."enum_subjects_status";
  DROP TYPE "public"."enum_editorial_meetings_decisions_decision";
  DROP TYPE "public"."enum_editorial_meetings_status";
  DROP TYPE "public"."enum_questions_sector";
  DROP TYPE "public"."enum_questions_territory";
  DROP TYPE "public"."enum_questions_audience";`)
}
