import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_chambers_services_enabled" AS ENUM('open-businesses', 'mutual-aid');
  CREATE TYPE "public"."enum_deliveries_channel" AS ENUM('destination', 'email');
  CREATE TYPE "public"."enum_businesses_services" AS ENUM('click-and-collect', 'delivery', 'phone-orders');
  CREATE TYPE "public"."enum_businesses_category" AS ENUM('alimentation', 'restauration-a-emporter', 'artisan', 'producteur-local', 'sante', 'services', 'autre');
  CREATE TYPE "public"."enum_businesses_status" AS ENUM('pending', 'published', 'rejected', 'expired', 'withdrawn');
  CREATE TYPE "public"."enum_aid_posts_kind" AS ENUM('offer', 'request');
  CREATE TYPE "public"."enum_aid_posts_category" AS ENUM('materiel', 'epi', 'main-d-oeuvre', 'logistique', 'locaux', 'conseil', 'autre');
  CREATE TYPE "public"."enum_aid_posts_state" AS ENUM('open', 'matched', 'closed');
  CREATE TYPE "public"."enum_aid_posts_status" AS ENUM('pending', 'published', 'rejected', 'expired', 'withdrawn');
  CREATE TYPE "public"."enum_press_releases_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum_press_releases_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_press_releases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__press_releases_v_version_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum__press_releases_v_version_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__press_releases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__press_releases_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_media_contacts_medium" AS ENUM('print', 'radio', 'tv', 'web', 'agency');
  CREATE TYPE "public"."enum_media_contacts_legal_basis" AS ENUM('consent', 'legitimate-interest');
  CREATE TYPE "public"."enum_media_requests_territory" AS ENUM('national', 'auvergne-rhone-alpes', 'bourgogne-franche-comte', 'bretagne', 'centre-val-de-loire', 'corse', 'grand-est', 'hauts-de-france', 'ile-de-france', 'normandie', 'nouvelle-aquitaine', 'occitanie', 'pays-de-la-loire', 'provence-alpes-cote-d-azur', 'guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte');
  CREATE TYPE "public"."enum_media_requests_status" AS ENUM('new', 'assigned', 'answered', 'declined');
  CREATE TYPE "public"."enum_media_requests_received_via" AS ENUM('form', 'manual');
  CREATE TYPE "public"."enum_coverage_medium" AS ENUM('print', 'radio', 'tv', 'web', 'agency');
  CREATE TYPE "public"."enum_coverage_tone" AS ENUM('positive', 'neutral', 'negative');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'export';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'erase';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'opt-out';
  ALTER TYPE "public"."enum_subjects_target_type" ADD VALUE 'press-releases';
  ALTER TYPE "public"."enum_destinations_collections" ADD VALUE 'press-releases';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'cleanUntitledDrafts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sweepCrisisListings' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'cleanUntitledDrafts' BEFORE 'schedulePublish';
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
  
  CREATE TABLE "press_releases_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "press_releases_key_figures_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "press_releases_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_press_releases_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "press_releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"workflow_status" "enum_press_releases_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"embargo_until" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"social_x_enabled" boolean DEFAULT true,
  	"social_x_text" varchar,
  	"social_x_image_id" integer,
  	"social_x_scheduled_at" timestamp(3) with time zone,
  	"social_facebook_enabled" boolean DEFAULT false,
  	"social_facebook_text" varchar,
  	"social_facebook_image_id" integer,
  	"social_facebook_scheduled_at" timestamp(3) with time zone,
  	"social_linkedin_enabled" boolean DEFAULT true,
  	"social_linkedin_text" varchar,
  	"social_linkedin_image_id" integer,
  	"social_linkedin_scheduled_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_press_releases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "press_releases_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "press_releases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"users_id" integer,
  	"articles_id" integer,
  	"success_stories_id" integer,
  	"initiatives_id" integer,
  	"faqs_id" integer,
  	"guides_id" integer,
  	"events_id" integer,
  	"dossiers_id" integer,
  	"press_lists_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_press_releases_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_press_releases_v_version_key_figures_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_press_releases_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__press_releases_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_press_releases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__press_releases_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_social_x_enabled" boolean DEFAULT true,
  	"version_social_x_text" varchar,
  	"version_social_x_image_id" integer,
  	"version_social_x_scheduled_at" timestamp(3) with time zone,
  	"version_social_facebook_enabled" boolean DEFAULT false,
  	"version_social_facebook_text" varchar,
  	"version_social_facebook_image_id" integer,
  	"version_social_facebook_scheduled_at" timestamp(3) with time zone,
  	"version_social_linkedin_enabled" boolean DEFAULT true,
  	"version_social_linkedin_text" varchar,
  	"version_social_linkedin_image_id" integer,
  	"version_social_linkedin_scheduled_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__press_releases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__press_releases_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_press_releases_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_press_releases_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"users_id" integer,
  	"articles_id" integer,
  	"success_stories_id" integer,
  	"initiatives_id" integer,
  	"faqs_id" integer,
  	"guides_id" integer,
  	"events_id" integer,
  	"dossiers_id" integer,
  	"press_lists_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "media_contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"outlet" varchar,
  	"medium" "enum_media_contacts_medium",
  	"beat" varchar,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"legal_basis" "enum_media_contacts_legal_basis" NOT NULL,
  	"consent_at" timestamp(3) with time zone,
  	"legitimate_interest_note" varchar,
  	"source" varchar,
  	"opt_out_at" timestamp(3) with time zone,
  	"opt_out_via" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_contacts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"press_lists_id" integer
  );
  
  CREATE TABLE "press_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar NOT NULL,
  	"outlet" varchar NOT NULL,
  	"journalist_name" varchar NOT NULL,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"deadline" timestamp(3) with time zone,
  	"spokesperson_wanted" varchar,
  	"territory" "enum_media_requests_territory",
  	"status" "enum_media_requests_status" DEFAULT 'new',
  	"assignee_id" integer,
  	"answer_note" varchar,
  	"received_via" "enum_media_requests_received_via" DEFAULT 'manual',
  	"planning_subject_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "coverage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"outlet" varchar NOT NULL,
  	"medium" "enum_coverage_medium" NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"url" varchar,
  	"audience" numeric,
  	"tone" "enum_coverage_tone" DEFAULT 'neutral' NOT NULL,
  	"release_id" integer,
  	"subject_id" integer,
  	"spokesperson_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "subjects_rels" ADD COLUMN "press_releases_id" integer;
  ALTER TABLE "comments_rels" ADD COLUMN "press_releases_id" integer;
  ALTER TABLE "deliveries" ADD COLUMN "channel" "enum_deliveries_channel" DEFAULT 'destination' NOT NULL;
  ALTER TABLE "deliveries" ADD COLUMN "recipient_id" integer;
  ALTER TABLE "deliveries" ADD COLUMN "recipient_key" varchar;
  ALTER TABLE "deliveries_rels" ADD COLUMN "press_releases_id" integer;
  ALTER TABLE "search_rels" ADD COLUMN "press_releases_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "businesses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "aid_posts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "press_releases_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_contacts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "press_lists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "coverage_id" integer;
  ALTER TABLE "chambers_services_enabled" ADD CONSTRAINT "chambers_services_enabled_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chambers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "businesses_services" ADD CONSTRAINT "businesses_services_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "businesses" ADD CONSTRAINT "businesses_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "businesses" ADD CONSTRAINT "businesses_possible_duplicate_of_id_businesses_id_fk" FOREIGN KEY ("possible_duplicate_of_id") REFERENCES "public"."businesses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aid_posts" ADD CONSTRAINT "aid_posts_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aid_posts" ADD CONSTRAINT "aid_posts_possible_duplicate_of_id_aid_posts_id_fk" FOREIGN KEY ("possible_duplicate_of_id") REFERENCES "public"."aid_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases_key_figures" ADD CONSTRAINT "press_releases_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_key_figures_locales" ADD CONSTRAINT "press_releases_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_releases_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_audiences" ADD CONSTRAINT "press_releases_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_social_x_image_id_media_id_fk" FOREIGN KEY ("social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_social_facebook_image_id_media_id_fk" FOREIGN KEY ("social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases_locales" ADD CONSTRAINT "press_releases_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases_locales" ADD CONSTRAINT "press_releases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_success_stories_fk" FOREIGN KEY ("success_stories_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_press_lists_fk" FOREIGN KEY ("press_lists_id") REFERENCES "public"."press_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_key_figures" ADD CONSTRAINT "_press_releases_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_key_figures_locales" ADD CONSTRAINT "_press_releases_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_releases_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_audiences" ADD CONSTRAINT "_press_releases_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_parent_id_press_releases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_social_x_image_id_media_id_fk" FOREIGN KEY ("version_social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_social_facebook_image_id_media_id_fk" FOREIGN KEY ("version_social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("version_social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v_locales" ADD CONSTRAINT "_press_releases_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v_locales" ADD CONSTRAINT "_press_releases_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_success_stories_fk" FOREIGN KEY ("success_stories_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_press_lists_fk" FOREIGN KEY ("press_lists_id") REFERENCES "public"."press_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_contacts_rels" ADD CONSTRAINT "media_contacts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_contacts_rels" ADD CONSTRAINT "media_contacts_rels_press_lists_fk" FOREIGN KEY ("press_lists_id") REFERENCES "public"."press_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_requests" ADD CONSTRAINT "media_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_requests" ADD CONSTRAINT "media_requests_planning_subject_id_subjects_id_fk" FOREIGN KEY ("planning_subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_requests" ADD CONSTRAINT "media_requests_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coverage" ADD CONSTRAINT "coverage_release_id_press_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coverage" ADD CONSTRAINT "coverage_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coverage" ADD CONSTRAINT "coverage_spokesperson_id_users_id_fk" FOREIGN KEY ("spokesperson_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "press_releases_key_figures_order_idx" ON "press_releases_key_figures" USING btree ("_order");
  CREATE INDEX "press_releases_key_figures_parent_id_idx" ON "press_releases_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "press_releases_key_figures_locales_locale_parent_id_unique" ON "press_releases_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "press_releases_key_figures_locales_parent_idx" ON "press_releases_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "press_releases_audiences_order_idx" ON "press_releases_audiences" USING btree ("order");
  CREATE INDEX "press_releases_audiences_parent_idx" ON "press_releases_audiences" USING btree ("parent_id");
  CREATE INDEX "press_releases_audiences_value_idx" ON "press_releases_audiences" USING btree ("value");
  CREATE UNIQUE INDEX "press_releases_slug_idx" ON "press_releases" USING btree ("slug");
  CREATE INDEX "press_releases_published_at_idx" ON "press_releases" USING btree ("published_at");
  CREATE INDEX "press_releases_workflow_status_idx" ON "press_releases" USING btree ("workflow_status");
  CREATE INDEX "press_releases_embargo_until_idx" ON "press_releases" USING btree ("embargo_until");
  CREATE INDEX "press_releases_created_by_idx" ON "press_releases" USING btree ("created_by_id");
  CREATE INDEX "press_releases_social_x_social_x_image_idx" ON "press_releases" USING btree ("social_x_image_id");
  CREATE INDEX "press_releases_social_facebook_social_facebook_image_idx" ON "press_releases" USING btree ("social_facebook_image_id");
  CREATE INDEX "press_releases_social_linkedin_social_linkedin_image_idx" ON "press_releases" USING btree ("social_linkedin_image_id");
  CREATE INDEX "press_releases_updated_at_idx" ON "press_releases" USING btree ("updated_at");
  CREATE INDEX "press_releases_created_at_idx" ON "press_releases" USING btree ("created_at");
  CREATE INDEX "press_releases__status_idx" ON "press_releases" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_7_idx" ON "press_releases" USING btree ("_status","published_at");
  CREATE INDEX "_status_embargoUntil_7_idx" ON "press_releases" USING btree ("_status","embargo_until");
  CREATE INDEX "press_releases_meta_meta_image_idx" ON "press_releases_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "press_releases_locales_locale_parent_id_unique" ON "press_releases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "press_releases_locales_parent_idx" ON "press_releases_locales" USING btree ("_parent_id");
  CREATE INDEX "press_releases_rels_order_idx" ON "press_releases_rels" USING btree ("order");
  CREATE INDEX "press_releases_rels_parent_idx" ON "press_releases_rels" USING btree ("parent_id");
  CREATE INDEX "press_releases_rels_path_idx" ON "press_releases_rels" USING btree ("path");
  CREATE INDEX "press_releases_rels_media_id_idx" ON "press_releases_rels" USING btree ("media_id");
  CREATE INDEX "press_releases_rels_users_id_idx" ON "press_releases_rels" USING btree ("users_id");
  CREATE INDEX "press_releases_rels_articles_id_idx" ON "press_releases_rels" USING btree ("articles_id");
  CREATE INDEX "press_releases_rels_success_stories_id_idx" ON "press_releases_rels" USING btree ("success_stories_id");
  CREATE INDEX "press_releases_rels_initiatives_id_idx" ON "press_releases_rels" USING btree ("initiatives_id");
  CREATE INDEX "press_releases_rels_faqs_id_idx" ON "press_releases_rels" USING btree ("faqs_id");
  CREATE INDEX "press_releases_rels_guides_id_idx" ON "press_releases_rels" USING btree ("guides_id");
  CREATE INDEX "press_releases_rels_events_id_idx" ON "press_releases_rels" USING btree ("events_id");
  CREATE INDEX "press_releases_rels_dossiers_id_idx" ON "press_releases_rels" USING btree ("dossiers_id");
  CREATE INDEX "press_releases_rels_press_lists_id_idx" ON "press_releases_rels" USING btree ("press_lists_id");
  CREATE INDEX "press_releases_rels_topics_id_idx" ON "press_releases_rels" USING btree ("topics_id");
  CREATE INDEX "_press_releases_v_version_key_figures_order_idx" ON "_press_releases_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_press_releases_v_version_key_figures_parent_id_idx" ON "_press_releases_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_press_releases_v_version_key_figures_locales_locale_parent_" ON "_press_releases_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_press_releases_v_version_key_figures_locales_parent_idx" ON "_press_releases_v_version_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_press_releases_v_version_audiences_order_idx" ON "_press_releases_v_version_audiences" USING btree ("order");
  CREATE INDEX "_press_releases_v_version_audiences_parent_idx" ON "_press_releases_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_version_audiences_value_idx" ON "_press_releases_v_version_audiences" USING btree ("value");
  CREATE INDEX "_press_releases_v_parent_idx" ON "_press_releases_v" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_version_version_slug_idx" ON "_press_releases_v" USING btree ("version_slug");
  CREATE INDEX "_press_releases_v_version_version_published_at_idx" ON "_press_releases_v" USING btree ("version_published_at");
  CREATE INDEX "_press_releases_v_version_version_workflow_status_idx" ON "_press_releases_v" USING btree ("version_workflow_status");
  CREATE INDEX "_press_releases_v_version_version_embargo_until_idx" ON "_press_releases_v" USING btree ("version_embargo_until");
  CREATE INDEX "_press_releases_v_version_version_created_by_idx" ON "_press_releases_v" USING btree ("version_created_by_id");
  CREATE INDEX "_press_releases_v_version_social_x_version_social_x_imag_idx" ON "_press_releases_v" USING btree ("version_social_x_image_id");
  CREATE INDEX "_press_releases_v_version_social_facebook_version_social_idx" ON "_press_releases_v" USING btree ("version_social_facebook_image_id");
  CREATE INDEX "_press_releases_v_version_social_linkedin_version_social_idx" ON "_press_releases_v" USING btree ("version_social_linkedin_image_id");
  CREATE INDEX "_press_releases_v_version_version_updated_at_idx" ON "_press_releases_v" USING btree ("version_updated_at");
  CREATE INDEX "_press_releases_v_version_version_created_at_idx" ON "_press_releases_v" USING btree ("version_created_at");
  CREATE INDEX "_press_releases_v_version_version__status_idx" ON "_press_releases_v" USING btree ("version__status");
  CREATE INDEX "_press_releases_v_created_at_idx" ON "_press_releases_v" USING btree ("created_at");
  CREATE INDEX "_press_releases_v_updated_at_idx" ON "_press_releases_v" USING btree ("updated_at");
  CREATE INDEX "_press_releases_v_snapshot_idx" ON "_press_releases_v" USING btree ("snapshot");
  CREATE INDEX "_press_releases_v_published_locale_idx" ON "_press_releases_v" USING btree ("published_locale");
  CREATE INDEX "_press_releases_v_latest_idx" ON "_press_releases_v" USING btree ("latest");
  CREATE INDEX "_press_releases_v_autosave_idx" ON "_press_releases_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_7_idx" ON "_press_releases_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "version__status_version_embargoUntil_7_idx" ON "_press_releases_v" USING btree ("version__status","version_embargo_until");
  CREATE INDEX "_press_releases_v_version_meta_version_meta_image_idx" ON "_press_releases_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_press_releases_v_locales_locale_parent_id_unique" ON "_press_releases_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_press_releases_v_locales_parent_idx" ON "_press_releases_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_press_releases_v_rels_order_idx" ON "_press_releases_v_rels" USING btree ("order");
  CREATE INDEX "_press_releases_v_rels_parent_idx" ON "_press_releases_v_rels" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_rels_path_idx" ON "_press_releases_v_rels" USING btree ("path");
  CREATE INDEX "_press_releases_v_rels_media_id_idx" ON "_press_releases_v_rels" USING btree ("media_id");
  CREATE INDEX "_press_releases_v_rels_users_id_idx" ON "_press_releases_v_rels" USING btree ("users_id");
  CREATE INDEX "_press_releases_v_rels_articles_id_idx" ON "_press_releases_v_rels" USING btree ("articles_id");
  CREATE INDEX "_press_releases_v_rels_success_stories_id_idx" ON "_press_releases_v_rels" USING btree ("success_stories_id");
  CREATE INDEX "_press_releases_v_rels_initiatives_id_idx" ON "_press_releases_v_rels" USING btree ("initiatives_id");
  CREATE INDEX "_press_releases_v_rels_faqs_id_idx" ON "_press_releases_v_rels" USING btree ("faqs_id");
  CREATE INDEX "_press_releases_v_rels_guides_id_idx" ON "_press_releases_v_rels" USING btree ("guides_id");
  CREATE INDEX "_press_releases_v_rels_events_id_idx" ON "_press_releases_v_rels" USING btree ("events_id");
  CREATE INDEX "_press_releases_v_rels_dossiers_id_idx" ON "_press_releases_v_rels" USING btree ("dossiers_id");
  CREATE INDEX "_press_releases_v_rels_press_lists_id_idx" ON "_press_releases_v_rels" USING btree ("press_lists_id");
  CREATE INDEX "_press_releases_v_rels_topics_id_idx" ON "_press_releases_v_rels" USING btree ("topics_id");
  CREATE INDEX "media_contacts_outlet_idx" ON "media_contacts" USING btree ("outlet");
  CREATE UNIQUE INDEX "media_contacts_email_idx" ON "media_contacts" USING btree ("email");
  CREATE INDEX "media_contacts_opt_out_at_idx" ON "media_contacts" USING btree ("opt_out_at");
  CREATE INDEX "media_contacts_updated_at_idx" ON "media_contacts" USING btree ("updated_at");
  CREATE INDEX "media_contacts_created_at_idx" ON "media_contacts" USING btree ("created_at");
  CREATE INDEX "media_contacts_rels_order_idx" ON "media_contacts_rels" USING btree ("order");
  CREATE INDEX "media_contacts_rels_parent_idx" ON "media_contacts_rels" USING btree ("parent_id");
  CREATE INDEX "media_contacts_rels_path_idx" ON "media_contacts_rels" USING btree ("path");
  CREATE INDEX "media_contacts_rels_press_lists_id_idx" ON "media_contacts_rels" USING btree ("press_lists_id");
  CREATE UNIQUE INDEX "press_lists_name_idx" ON "press_lists" USING btree ("name");
  CREATE INDEX "press_lists_updated_at_idx" ON "press_lists" USING btree ("updated_at");
  CREATE INDEX "press_lists_created_at_idx" ON "press_lists" USING btree ("created_at");
  CREATE INDEX "media_requests_deadline_idx" ON "media_requests" USING btree ("deadline");
  CREATE INDEX "media_requests_status_idx" ON "media_requests" USING btree ("status");
  CREATE INDEX "media_requests_assignee_idx" ON "media_requests" USING btree ("assignee_id");
  CREATE INDEX "media_requests_planning_subject_idx" ON "media_requests" USING btree ("planning_subject_id");
  CREATE INDEX "media_requests_created_by_idx" ON "media_requests" USING btree ("created_by_id");
  CREATE INDEX "media_requests_updated_at_idx" ON "media_requests" USING btree ("updated_at");
  CREATE INDEX "media_requests_created_at_idx" ON "media_requests" USING btree ("created_at");
  CREATE INDEX "status_deadline_idx" ON "media_requests" USING btree ("status","deadline");
  CREATE INDEX "coverage_release_idx" ON "coverage" USING btree ("release_id");
  CREATE INDEX "coverage_subject_idx" ON "coverage" USING btree ("subject_id");
  CREATE INDEX "coverage_spokesperson_idx" ON "coverage" USING btree ("spokesperson_id");
  CREATE INDEX "coverage_updated_at_idx" ON "coverage" USING btree ("updated_at");
  CREATE INDEX "coverage_created_at_idx" ON "coverage" USING btree ("created_at");
  CREATE INDEX "date_idx" ON "coverage" USING btree ("date");
  ALTER TABLE "subjects_rels" ADD CONSTRAINT "subjects_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_recipient_id_media_contacts_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."media_contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_businesses_fk" FOREIGN KEY ("businesses_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_aid_posts_fk" FOREIGN KEY ("aid_posts_id") REFERENCES "public"."aid_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_contacts_fk" FOREIGN KEY ("media_contacts_id") REFERENCES "public"."media_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_press_lists_fk" FOREIGN KEY ("press_lists_id") REFERENCES "public"."press_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_requests_fk" FOREIGN KEY ("media_requests_id") REFERENCES "public"."media_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_coverage_fk" FOREIGN KEY ("coverage_id") REFERENCES "public"."coverage"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "subjects_rels_press_releases_id_idx" ON "subjects_rels" USING btree ("press_releases_id");
  CREATE INDEX "comments_rels_press_releases_id_idx" ON "comments_rels" USING btree ("press_releases_id");
  CREATE INDEX "deliveries_channel_idx" ON "deliveries" USING btree ("channel");
  CREATE INDEX "deliveries_recipient_idx" ON "deliveries" USING btree ("recipient_id");
  CREATE UNIQUE INDEX "deliveries_recipient_key_idx" ON "deliveries" USING btree ("recipient_key");
  CREATE INDEX "deliveries_rels_press_releases_id_idx" ON "deliveries_rels" USING btree ("press_releases_id");
  CREATE INDEX "search_rels_press_releases_id_idx" ON "search_rels" USING btree ("press_releases_id");
  CREATE INDEX "payload_locked_documents_rels_businesses_id_idx" ON "payload_locked_documents_rels" USING btree ("businesses_id");
  CREATE INDEX "payload_locked_documents_rels_aid_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("aid_posts_id");
  CREATE INDEX "payload_locked_documents_rels_press_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("press_releases_id");
  CREATE INDEX "payload_locked_documents_rels_media_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("media_contacts_id");
  CREATE INDEX "payload_locked_documents_rels_press_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("press_lists_id");
  CREATE INDEX "payload_locked_documents_rels_media_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("media_requests_id");
  CREATE INDEX "payload_locked_documents_rels_coverage_id_idx" ON "payload_locked_documents_rels" USING btree ("coverage_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "chambers_services_enabled" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "businesses_services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "businesses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "aid_posts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_releases_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_releases_key_figures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_releases_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_releases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_releases_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_releases_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_version_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_version_key_figures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_press_releases_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_contacts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "press_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coverage" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "chambers_services_enabled" CASCADE;
  DROP TABLE "businesses_services" CASCADE;
  DROP TABLE "businesses" CASCADE;
  DROP TABLE "aid_posts" CASCADE;
  DROP TABLE "press_releases_key_figures" CASCADE;
  DROP TABLE "press_releases_key_figures_locales" CASCADE;
  DROP TABLE "press_releases_audiences" CASCADE;
  DROP TABLE "press_releases" CASCADE;
  DROP TABLE "press_releases_locales" CASCADE;
  DROP TABLE "press_releases_rels" CASCADE;
  DROP TABLE "_press_releases_v_version_key_figures" CASCADE;
  DROP TABLE "_press_releases_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_press_releases_v_version_audiences" CASCADE;
  DROP TABLE "_press_releases_v" CASCADE;
  DROP TABLE "_press_releases_v_locales" CASCADE;
  DROP TABLE "_press_releases_v_rels" CASCADE;
  DROP TABLE "media_contacts" CASCADE;
  DROP TABLE "media_contacts_rels" CASCADE;
  DROP TABLE "press_lists" CASCADE;
  DROP TABLE "media_requests" CASCADE;
  DROP TABLE "coverage" CASCADE;
  ALTER TABLE "subjects_rels" DROP CONSTRAINT "subjects_rels_press_releases_fk";
  
  ALTER TABLE "comments_rels" DROP CONSTRAINT "comments_rels_press_releases_fk";
  
  ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_recipient_id_media_contacts_id_fk";
  
  ALTER TABLE "deliveries_rels" DROP CONSTRAINT "deliveries_rels_press_releases_fk";
  
  ALTER TABLE "search_rels" DROP CONSTRAINT "search_rels_press_releases_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_businesses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_aid_posts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_press_releases_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_contacts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_press_lists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_coverage_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'transition', 'publish', 'unpublish', 'schedule', 'delete', 'restore-version', 'login', 'login-failed', 'role-change');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "subjects" ALTER COLUMN "target_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_subjects_target_type";
  CREATE TYPE "public"."enum_subjects_target_type" AS ENUM('articles', 'success-stories', 'initiatives', 'faqs', 'guides', 'events', 'dossiers');
  ALTER TABLE "subjects" ALTER COLUMN "target_type" SET DATA TYPE "public"."enum_subjects_target_type" USING "target_type"::"public"."enum_subjects_target_type";
  ALTER TABLE "destinations_collections" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_destinations_collections";
  CREATE TYPE "public"."enum_destinations_collections" AS ENUM('articles', 'success-stories', 'initiatives', 'faqs', 'guides', 'events', 'dossiers');
  ALTER TABLE "destinations_collections" ALTER COLUMN "value" SET DATA TYPE "public"."enum_destinations_collections" USING "value"::"public"."enum_destinations_collections";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotification', 'remindDueTomorrow', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotification', 'remindDueTomorrow', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "subjects_rels_press_releases_id_idx";
  DROP INDEX "comments_rels_press_releases_id_idx";
  DROP INDEX "deliveries_channel_idx";
  DROP INDEX "deliveries_recipient_idx";
  DROP INDEX "deliveries_recipient_key_idx";
  DROP INDEX "deliveries_rels_press_releases_id_idx";
  DROP INDEX "search_rels_press_releases_id_idx";
  DROP INDEX "payload_locked_documents_rels_businesses_id_idx";
  DROP INDEX "payload_locked_documents_rels_aid_posts_id_idx";
  DROP INDEX "payload_locked_documents_rels_press_releases_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_contacts_id_idx";
  DROP INDEX "payload_locked_documents_rels_press_lists_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_coverage_id_idx";
  ALTER TABLE "subjects_rels" DROP COLUMN "press_releases_id";
  ALTER TABLE "comments_rels" DROP COLUMN "press_releases_id";
  ALTER TABLE "deliveries" DROP COLUMN "channel";
  ALTER TABLE "deliveries" DROP COLUMN "recipient_id";
  ALTER TABLE "deliveries" DROP COLUMN "recipient_key";
  ALTER TABLE "deliveries_rels" DROP COLUMN "press_releases_id";
  ALTER TABLE "search_rels" DROP COLUMN "press_releases_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "businesses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "aid_posts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "press_releases_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_contacts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "press_lists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "coverage_id";
  DROP TYPE "public"."enum_chambers_services_enabled";
  DROP TYPE "public"."enum_deliveries_channel";
  DROP TYPE "public"."enum_businesses_services";
  DROP TYPE "public"."enum_businesses_category";
  DROP TYPE "public"."enum_businesses_status";
  DROP TYPE "public"."enum_aid_posts_kind";
  DROP TYPE "public"."enum_aid_posts_category";
  DROP TYPE "public"."enum_aid_posts_state";
  DROP TYPE "public"."enum_aid_posts_status";
  DROP TYPE "public"."enum_press_releases_audiences";
  DROP TYPE "public"."enum_press_releases_workflow_status";
  DROP TYPE "public"."enum_press_releases_status";
  DROP TYPE "public"."enum__press_releases_v_version_audiences";
  DROP TYPE "public"."enum__press_releases_v_version_workflow_status";
  DROP TYPE "public"."enum__press_releases_v_version_status";
  DROP TYPE "public"."enum__press_releases_v_published_locale";
  DROP TYPE "public"."enum_media_contacts_medium";
  DROP TYPE "public"."enum_media_contacts_legal_basis";
  DROP TYPE "public"."enum_media_requests_territory";
  DROP TYPE "public"."enum_media_requests_status";
  DROP TYPE "public"."enum_media_requests_received_via";
  DROP TYPE "public"."enum_coverage_medium";
  DROP TYPE "public"."enum_coverage_tone";`)
}
