import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_articles_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum_articles_format" AS ENUM('decryptage', 'news', 'interview', 'guide', 'chronicle');
  CREATE TYPE "public"."enum_articles_territory" AS ENUM('national', 'auvergne-rhone-alpes', 'bourgogne-franche-comte', 'bretagne', 'centre-val-de-loire', 'corse', 'grand-est', 'hauts-de-france', 'ile-de-france', 'normandie', 'nouvelle-aquitaine', 'occitanie', 'pays-de-la-loire', 'provence-alpes-cote-d-azur', 'guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte');
  CREATE TYPE "public"."enum_articles_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum__articles_v_version_format" AS ENUM('decryptage', 'news', 'interview', 'guide', 'chronicle');
  CREATE TYPE "public"."enum__articles_v_version_territory" AS ENUM('national', 'auvergne-rhone-alpes', 'bourgogne-franche-comte', 'bretagne', 'centre-val-de-loire', 'corse', 'grand-est', 'hauts-de-france', 'ile-de-france', 'normandie', 'nouvelle-aquitaine', 'occitanie', 'pays-de-la-loire', 'provence-alpes-cote-d-azur', 'guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte');
  CREATE TYPE "public"."enum__articles_v_version_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_success_stories_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum_success_stories_territory_region" AS ENUM('auvergne-rhone-alpes', 'bourgogne-franche-comte', 'bretagne', 'centre-val-de-loire', 'corse', 'grand-est', 'hauts-de-france', 'ile-de-france', 'normandie', 'nouvelle-aquitaine', 'occitanie', 'pays-de-la-loire', 'provence-alpes-cote-d-azur', 'guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte');
  CREATE TYPE "public"."enum_success_stories_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_success_stories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__success_stories_v_version_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum__success_stories_v_version_territory_region" AS ENUM('auvergne-rhone-alpes', 'bourgogne-franche-comte', 'bretagne', 'centre-val-de-loire', 'corse', 'grand-est', 'hauts-de-france', 'ile-de-france', 'normandie', 'nouvelle-aquitaine', 'occitanie', 'pays-de-la-loire', 'provence-alpes-cote-d-azur', 'guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte');
  CREATE TYPE "public"."enum__success_stories_v_version_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__success_stories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__success_stories_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_initiatives_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum_initiatives_kind" AS ENUM('geolocated-map', 'local-platform', 'mutual-aid-exchange', 'webinar-series', 'hotline', 'other');
  CREATE TYPE "public"."enum_initiatives_territory" AS ENUM('national', 'auvergne-rhone-alpes', 'bourgogne-franche-comte', 'bretagne', 'centre-val-de-loire', 'corse', 'grand-est', 'hauts-de-france', 'ile-de-france', 'normandie', 'nouvelle-aquitaine', 'occitanie', 'pays-de-la-loire', 'provence-alpes-cote-d-azur', 'guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte');
  CREATE TYPE "public"."enum_initiatives_state" AS ENUM('active', 'ended');
  CREATE TYPE "public"."enum_initiatives_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_initiatives_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__initiatives_v_version_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum__initiatives_v_version_kind" AS ENUM('geolocated-map', 'local-platform', 'mutual-aid-exchange', 'webinar-series', 'hotline', 'other');
  CREATE TYPE "public"."enum__initiatives_v_version_territory" AS ENUM('national', 'auvergne-rhone-alpes', 'bourgogne-franche-comte', 'bretagne', 'centre-val-de-loire', 'corse', 'grand-est', 'hauts-de-france', 'ile-de-france', 'normandie', 'nouvelle-aquitaine', 'occitanie', 'pays-de-la-loire', 'provence-alpes-cote-d-azur', 'guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte');
  CREATE TYPE "public"."enum__initiatives_v_version_state" AS ENUM('active', 'ended');
  CREATE TYPE "public"."enum__initiatives_v_version_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__initiatives_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__initiatives_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_faqs_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum_faqs_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum__faqs_v_version_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_guides_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum_guides_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_guides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_version_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum__guides_v_version_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__guides_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_events_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('webinar', 'facebook-live', 'conference');
  CREATE TYPE "public"."enum_events_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('webinar', 'facebook-live', 'conference');
  CREATE TYPE "public"."enum__events_v_version_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_dossiers_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum_dossiers_phase" AS ENUM('crisis-aid', 'personalised-support', 'recovery', 'sustainable-economy');
  CREATE TYPE "public"."enum_dossiers_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_dossiers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__dossiers_v_version_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TYPE "public"."enum__dossiers_v_version_phase" AS ENUM('crisis-aid', 'personalised-support', 'recovery', 'sustainable-economy');
  CREATE TYPE "public"."enum__dossiers_v_version_workflow_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__dossiers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__dossiers_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_chambers_kind" AS ENUM('cci-france', 'regional', 'territorial');
  CREATE TYPE "public"."enum_chambers_region" AS ENUM('auvergne-rhone-alpes', 'bourgogne-franche-comte', 'bretagne', 'centre-val-de-loire', 'corse', 'grand-est', 'hauts-de-france', 'ile-de-france', 'normandie', 'nouvelle-aquitaine', 'occitanie', 'pays-de-la-loire', 'provence-alpes-cote-d-azur', 'guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte');
  CREATE TYPE "public"."enum_partners_kind" AS ENUM('media-partner', 'sponsor');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'journalist', 'community-manager', 'contributor');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'transition', 'publish', 'unpublish', 'schedule', 'delete', 'restore-version', 'login', 'login-failed', 'role-change');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "articles_byline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "articles_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "articles_sources_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "articles_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"format" "enum_articles_format" DEFAULT 'decryptage',
  	"hero_image_id" integer,
  	"territory" "enum_articles_territory" DEFAULT 'national',
  	"sponsor_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"workflow_status" "enum_articles_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"embargo_until" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"standfirst" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"faqs_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_articles_v_version_byline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_sources_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_format" "enum__articles_v_version_format" DEFAULT 'decryptage',
  	"version_hero_image_id" integer,
  	"version_territory" "enum__articles_v_version_territory" DEFAULT 'national',
  	"version_sponsor_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__articles_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_standfirst" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"faqs_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "success_stories_solidarity_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "success_stories_solidarity_actions_locales" (
  	"what" varchar,
  	"for_whom" varchar,
  	"how_much" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "success_stories_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "success_stories_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "success_stories_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_success_stories_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "success_stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"company_name" varchar,
  	"territory_region" "enum_success_stories_territory_region",
  	"territory_department_code" varchar,
  	"logo_id" integer,
  	"quote_person" varchar,
  	"chamber_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"workflow_status" "enum_success_stories_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"embargo_until" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_success_stories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "success_stories_locales" (
  	"sector" varchar,
  	"summary" varchar,
  	"story" jsonb,
  	"quote_text" varchar,
  	"quote_role" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "success_stories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_success_stories_v_version_solidarity_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_success_stories_v_version_solidarity_actions_locales" (
  	"what" varchar,
  	"for_whom" varchar,
  	"how_much" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_success_stories_v_version_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_success_stories_v_version_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_success_stories_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__success_stories_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_success_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_company_name" varchar,
  	"version_territory_region" "enum__success_stories_v_version_territory_region",
  	"version_territory_department_code" varchar,
  	"version_logo_id" integer,
  	"version_quote_person" varchar,
  	"version_chamber_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__success_stories_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__success_stories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__success_stories_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_success_stories_v_locales" (
  	"version_sector" varchar,
  	"version_summary" varchar,
  	"version_story" jsonb,
  	"version_quote_text" varchar,
  	"version_quote_role" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_success_stories_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "initiatives_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_initiatives_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "initiatives" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"lead_chamber_id" integer,
  	"adoption_count" numeric DEFAULT 0,
  	"kind" "enum_initiatives_kind",
  	"url" varchar,
  	"launch_date" timestamp(3) with time zone,
  	"territory" "enum_initiatives_territory" DEFAULT 'national',
  	"state" "enum_initiatives_state" DEFAULT 'active',
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"workflow_status" "enum_initiatives_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"embargo_until" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_initiatives_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "initiatives_locales" (
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
  
  CREATE TABLE "initiatives_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"chambers_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_initiatives_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__initiatives_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_initiatives_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_lead_chamber_id" integer,
  	"version_adoption_count" numeric DEFAULT 0,
  	"version_kind" "enum__initiatives_v_version_kind",
  	"version_url" varchar,
  	"version_launch_date" timestamp(3) with time zone,
  	"version_territory" "enum__initiatives_v_version_territory" DEFAULT 'national',
  	"version_state" "enum__initiatives_v_version_state" DEFAULT 'active',
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__initiatives_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__initiatives_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__initiatives_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_initiatives_v_locales" (
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
  
  CREATE TABLE "_initiatives_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"chambers_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "faqs_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_faqs_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" numeric DEFAULT 0,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"workflow_status" "enum_faqs_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"embargo_until" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar,
  	"answer" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_faqs_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__faqs_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__faqs_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__faqs_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_faqs_v_locales" (
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "guides_legal_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "guides_legal_references_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "guides_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_guides_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "guides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_due_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"workflow_status" "enum_guides_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"embargo_until" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_guides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "guides_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "guides_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_guides_v_version_legal_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_version_legal_references_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__guides_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_guides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_review_due_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__guides_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__guides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__guides_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_guides_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "events_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar
  );
  
  CREATE TABLE "events_speakers_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "events_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_events_kind" DEFAULT 'webinar',
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"organiser_id" integer,
  	"registration_url" varchar,
  	"replay_url" varchar,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"workflow_status" "enum_events_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"embargo_until" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"description" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_events_v_version_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_speakers_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__events_v_version_kind" DEFAULT 'webinar',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_organiser_id" integer,
  	"version_registration_url" varchar,
  	"version_replay_url" varchar,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__events_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "dossiers_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_dossiers_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "dossiers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"phase" "enum_dossiers_phase",
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"workflow_status" "enum_dossiers_workflow_status" DEFAULT 'draft',
  	"review_note" varchar,
  	"embargo_until" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_dossiers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "dossiers_locales" (
  	"title" varchar,
  	"description" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "dossiers_rels" (
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
  	"topics_id" integer
  );
  
  CREATE TABLE "_dossiers_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__dossiers_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_dossiers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_phase" "enum__dossiers_v_version_phase",
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__dossiers_v_version_workflow_status" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__dossiers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__dossiers_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_dossiers_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_dossiers_v_rels" (
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
  	"topics_id" integer
  );
  
  CREATE TABLE "topics_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "chambers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_chambers_kind" DEFAULT 'territorial' NOT NULL,
  	"region" "enum_chambers_region",
  	"department_code" varchar,
  	"address" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"latitude" numeric,
  	"longitude" numeric,
  	"phone" varchar,
  	"email" varchar,
  	"website" varchar,
  	"crisis_hotline" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "chambers_locales" (
  	"opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_partners_kind" NOT NULL,
  	"logo_id" integer,
  	"url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"created_by_id" integer,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"chamber_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" integer,
  	"user_name" varchar,
  	"user_email" varchar,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection" varchar,
  	"document_id" varchar,
  	"document_title" varchar,
  	"changed_fields" jsonb,
  	"status_before" varchar,
  	"status_after" varchar,
  	"note" varchar,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"priority" numeric,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"embargo_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"search_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "search_rels" (
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
  	"dossiers_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
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
  	"topics_id" integer,
  	"chambers_id" integer,
  	"partners_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"audit_log_id" integer,
  	"search_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles_byline" ADD CONSTRAINT "articles_byline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_sources" ADD CONSTRAINT "articles_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_sources_locales" ADD CONSTRAINT "articles_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_audiences" ADD CONSTRAINT "articles_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_sponsor_id_partners_id_fk" FOREIGN KEY ("sponsor_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_byline" ADD CONSTRAINT "_articles_v_version_byline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_sources" ADD CONSTRAINT "_articles_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_sources_locales" ADD CONSTRAINT "_articles_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_audiences" ADD CONSTRAINT "_articles_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_sponsor_id_partners_id_fk" FOREIGN KEY ("version_sponsor_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "success_stories_solidarity_actions" ADD CONSTRAINT "success_stories_solidarity_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "success_stories_solidarity_actions_locales" ADD CONSTRAINT "success_stories_solidarity_actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."success_stories_solidarity_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "success_stories_links" ADD CONSTRAINT "success_stories_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "success_stories_links_locales" ADD CONSTRAINT "success_stories_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."success_stories_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "success_stories_audiences" ADD CONSTRAINT "success_stories_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "success_stories_locales" ADD CONSTRAINT "success_stories_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "success_stories_locales" ADD CONSTRAINT "success_stories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "success_stories_rels" ADD CONSTRAINT "success_stories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "success_stories_rels" ADD CONSTRAINT "success_stories_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "success_stories_rels" ADD CONSTRAINT "success_stories_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_success_stories_v_version_solidarity_actions" ADD CONSTRAINT "_success_stories_v_version_solidarity_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_success_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_success_stories_v_version_solidarity_actions_locales" ADD CONSTRAINT "_success_stories_v_version_solidarity_actions_locales_par_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_success_stories_v_version_solidarity_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_success_stories_v_version_links" ADD CONSTRAINT "_success_stories_v_version_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_success_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_success_stories_v_version_links_locales" ADD CONSTRAINT "_success_stories_v_version_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_success_stories_v_version_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_success_stories_v_version_audiences" ADD CONSTRAINT "_success_stories_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_success_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_success_stories_v" ADD CONSTRAINT "_success_stories_v_parent_id_success_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."success_stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_success_stories_v" ADD CONSTRAINT "_success_stories_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_success_stories_v" ADD CONSTRAINT "_success_stories_v_version_chamber_id_chambers_id_fk" FOREIGN KEY ("version_chamber_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_success_stories_v" ADD CONSTRAINT "_success_stories_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_success_stories_v_locales" ADD CONSTRAINT "_success_stories_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_success_stories_v_locales" ADD CONSTRAINT "_success_stories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_success_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_success_stories_v_rels" ADD CONSTRAINT "_success_stories_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_success_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_success_stories_v_rels" ADD CONSTRAINT "_success_stories_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_success_stories_v_rels" ADD CONSTRAINT "_success_stories_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_audiences" ADD CONSTRAINT "initiatives_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_lead_chamber_id_chambers_id_fk" FOREIGN KEY ("lead_chamber_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives_locales" ADD CONSTRAINT "initiatives_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives_locales" ADD CONSTRAINT "initiatives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_chambers_fk" FOREIGN KEY ("chambers_id") REFERENCES "public"."chambers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_version_audiences" ADD CONSTRAINT "_initiatives_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_parent_id_initiatives_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_lead_chamber_id_chambers_id_fk" FOREIGN KEY ("version_lead_chamber_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v_locales" ADD CONSTRAINT "_initiatives_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v_locales" ADD CONSTRAINT "_initiatives_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_chambers_fk" FOREIGN KEY ("chambers_id") REFERENCES "public"."chambers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_audiences" ADD CONSTRAINT "faqs_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_version_audiences" ADD CONSTRAINT "_faqs_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_legal_references" ADD CONSTRAINT "guides_legal_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_legal_references_locales" ADD CONSTRAINT "guides_legal_references_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_legal_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_audiences" ADD CONSTRAINT "guides_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_legal_references" ADD CONSTRAINT "_guides_v_version_legal_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_legal_references_locales" ADD CONSTRAINT "_guides_v_version_legal_references_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_version_legal_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_audiences" ADD CONSTRAINT "_guides_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_parent_id_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_speakers" ADD CONSTRAINT "events_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_speakers_locales" ADD CONSTRAINT "events_speakers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_audiences" ADD CONSTRAINT "events_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_organiser_id_chambers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_speakers" ADD CONSTRAINT "_events_v_version_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_speakers_locales" ADD CONSTRAINT "_events_v_version_speakers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_audiences" ADD CONSTRAINT "_events_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_organiser_id_chambers_id_fk" FOREIGN KEY ("version_organiser_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers_audiences" ADD CONSTRAINT "dossiers_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers_locales" ADD CONSTRAINT "dossiers_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers_locales" ADD CONSTRAINT "dossiers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers_rels" ADD CONSTRAINT "dossiers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers_rels" ADD CONSTRAINT "dossiers_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers_rels" ADD CONSTRAINT "dossiers_rels_success_stories_fk" FOREIGN KEY ("success_stories_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers_rels" ADD CONSTRAINT "dossiers_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers_rels" ADD CONSTRAINT "dossiers_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers_rels" ADD CONSTRAINT "dossiers_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers_rels" ADD CONSTRAINT "dossiers_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossiers_rels" ADD CONSTRAINT "dossiers_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dossiers_v_version_audiences" ADD CONSTRAINT "_dossiers_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_dossiers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dossiers_v" ADD CONSTRAINT "_dossiers_v_parent_id_dossiers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dossiers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dossiers_v" ADD CONSTRAINT "_dossiers_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dossiers_v_locales" ADD CONSTRAINT "_dossiers_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dossiers_v_locales" ADD CONSTRAINT "_dossiers_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_dossiers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dossiers_v_rels" ADD CONSTRAINT "_dossiers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_dossiers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dossiers_v_rels" ADD CONSTRAINT "_dossiers_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dossiers_v_rels" ADD CONSTRAINT "_dossiers_v_rels_success_stories_fk" FOREIGN KEY ("success_stories_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dossiers_v_rels" ADD CONSTRAINT "_dossiers_v_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dossiers_v_rels" ADD CONSTRAINT "_dossiers_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dossiers_v_rels" ADD CONSTRAINT "_dossiers_v_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dossiers_v_rels" ADD CONSTRAINT "_dossiers_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dossiers_v_rels" ADD CONSTRAINT "_dossiers_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_breadcrumbs" ADD CONSTRAINT "topics_breadcrumbs_doc_id_topics_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_breadcrumbs" ADD CONSTRAINT "topics_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chambers_locales" ADD CONSTRAINT "chambers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."chambers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners" ADD CONSTRAINT "partners_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_locales" ADD CONSTRAINT "search_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_success_stories_fk" FOREIGN KEY ("success_stories_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_success_stories_fk" FOREIGN KEY ("success_stories_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_chambers_fk" FOREIGN KEY ("chambers_id") REFERENCES "public"."chambers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_fk" FOREIGN KEY ("search_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_byline_order_idx" ON "articles_byline" USING btree ("_order");
  CREATE INDEX "articles_byline_parent_id_idx" ON "articles_byline" USING btree ("_parent_id");
  CREATE INDEX "articles_sources_order_idx" ON "articles_sources" USING btree ("_order");
  CREATE INDEX "articles_sources_parent_id_idx" ON "articles_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_sources_locales_locale_parent_id_unique" ON "articles_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_audiences_order_idx" ON "articles_audiences" USING btree ("order");
  CREATE INDEX "articles_audiences_parent_idx" ON "articles_audiences" USING btree ("parent_id");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_sponsor_idx" ON "articles" USING btree ("sponsor_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_workflow_status_idx" ON "articles" USING btree ("workflow_status");
  CREATE INDEX "articles_embargo_until_idx" ON "articles" USING btree ("embargo_until");
  CREATE INDEX "articles_created_by_idx" ON "articles" USING btree ("created_by_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "articles_rels_faqs_id_idx" ON "articles_rels" USING btree ("faqs_id");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_version_byline_order_idx" ON "_articles_v_version_byline" USING btree ("_order");
  CREATE INDEX "_articles_v_version_byline_parent_id_idx" ON "_articles_v_version_byline" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_sources_order_idx" ON "_articles_v_version_sources" USING btree ("_order");
  CREATE INDEX "_articles_v_version_sources_parent_id_idx" ON "_articles_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_articles_v_version_sources_locales_locale_parent_id_unique" ON "_articles_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_version_audiences_order_idx" ON "_articles_v_version_audiences" USING btree ("order");
  CREATE INDEX "_articles_v_version_audiences_parent_idx" ON "_articles_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_sponsor_idx" ON "_articles_v" USING btree ("version_sponsor_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_workflow_status_idx" ON "_articles_v" USING btree ("version_workflow_status");
  CREATE INDEX "_articles_v_version_version_embargo_until_idx" ON "_articles_v" USING btree ("version_embargo_until");
  CREATE INDEX "_articles_v_version_version_created_by_idx" ON "_articles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_rels_faqs_id_idx" ON "_articles_v_rels" USING btree ("faqs_id");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "success_stories_solidarity_actions_order_idx" ON "success_stories_solidarity_actions" USING btree ("_order");
  CREATE INDEX "success_stories_solidarity_actions_parent_id_idx" ON "success_stories_solidarity_actions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "success_stories_solidarity_actions_locales_locale_parent_id_" ON "success_stories_solidarity_actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "success_stories_links_order_idx" ON "success_stories_links" USING btree ("_order");
  CREATE INDEX "success_stories_links_parent_id_idx" ON "success_stories_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "success_stories_links_locales_locale_parent_id_unique" ON "success_stories_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "success_stories_audiences_order_idx" ON "success_stories_audiences" USING btree ("order");
  CREATE INDEX "success_stories_audiences_parent_idx" ON "success_stories_audiences" USING btree ("parent_id");
  CREATE INDEX "success_stories_logo_idx" ON "success_stories" USING btree ("logo_id");
  CREATE INDEX "success_stories_chamber_idx" ON "success_stories" USING btree ("chamber_id");
  CREATE UNIQUE INDEX "success_stories_slug_idx" ON "success_stories" USING btree ("slug");
  CREATE INDEX "success_stories_published_at_idx" ON "success_stories" USING btree ("published_at");
  CREATE INDEX "success_stories_workflow_status_idx" ON "success_stories" USING btree ("workflow_status");
  CREATE INDEX "success_stories_embargo_until_idx" ON "success_stories" USING btree ("embargo_until");
  CREATE INDEX "success_stories_created_by_idx" ON "success_stories" USING btree ("created_by_id");
  CREATE INDEX "success_stories_updated_at_idx" ON "success_stories" USING btree ("updated_at");
  CREATE INDEX "success_stories_created_at_idx" ON "success_stories" USING btree ("created_at");
  CREATE INDEX "success_stories__status_idx" ON "success_stories" USING btree ("_status");
  CREATE INDEX "success_stories_meta_meta_image_idx" ON "success_stories_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "success_stories_locales_locale_parent_id_unique" ON "success_stories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "success_stories_rels_order_idx" ON "success_stories_rels" USING btree ("order");
  CREATE INDEX "success_stories_rels_parent_idx" ON "success_stories_rels" USING btree ("parent_id");
  CREATE INDEX "success_stories_rels_path_idx" ON "success_stories_rels" USING btree ("path");
  CREATE INDEX "success_stories_rels_media_id_idx" ON "success_stories_rels" USING btree ("media_id");
  CREATE INDEX "success_stories_rels_topics_id_idx" ON "success_stories_rels" USING btree ("topics_id");
  CREATE INDEX "_success_stories_v_version_solidarity_actions_order_idx" ON "_success_stories_v_version_solidarity_actions" USING btree ("_order");
  CREATE INDEX "_success_stories_v_version_solidarity_actions_parent_id_idx" ON "_success_stories_v_version_solidarity_actions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_success_stories_v_version_solidarity_actions_locales_locale" ON "_success_stories_v_version_solidarity_actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_success_stories_v_version_links_order_idx" ON "_success_stories_v_version_links" USING btree ("_order");
  CREATE INDEX "_success_stories_v_version_links_parent_id_idx" ON "_success_stories_v_version_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_success_stories_v_version_links_locales_locale_parent_id_un" ON "_success_stories_v_version_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_success_stories_v_version_audiences_order_idx" ON "_success_stories_v_version_audiences" USING btree ("order");
  CREATE INDEX "_success_stories_v_version_audiences_parent_idx" ON "_success_stories_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_success_stories_v_parent_idx" ON "_success_stories_v" USING btree ("parent_id");
  CREATE INDEX "_success_stories_v_version_version_logo_idx" ON "_success_stories_v" USING btree ("version_logo_id");
  CREATE INDEX "_success_stories_v_version_version_chamber_idx" ON "_success_stories_v" USING btree ("version_chamber_id");
  CREATE INDEX "_success_stories_v_version_version_slug_idx" ON "_success_stories_v" USING btree ("version_slug");
  CREATE INDEX "_success_stories_v_version_version_published_at_idx" ON "_success_stories_v" USING btree ("version_published_at");
  CREATE INDEX "_success_stories_v_version_version_workflow_status_idx" ON "_success_stories_v" USING btree ("version_workflow_status");
  CREATE INDEX "_success_stories_v_version_version_embargo_until_idx" ON "_success_stories_v" USING btree ("version_embargo_until");
  CREATE INDEX "_success_stories_v_version_version_created_by_idx" ON "_success_stories_v" USING btree ("version_created_by_id");
  CREATE INDEX "_success_stories_v_version_version_updated_at_idx" ON "_success_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_success_stories_v_version_version_created_at_idx" ON "_success_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_success_stories_v_version_version__status_idx" ON "_success_stories_v" USING btree ("version__status");
  CREATE INDEX "_success_stories_v_created_at_idx" ON "_success_stories_v" USING btree ("created_at");
  CREATE INDEX "_success_stories_v_updated_at_idx" ON "_success_stories_v" USING btree ("updated_at");
  CREATE INDEX "_success_stories_v_snapshot_idx" ON "_success_stories_v" USING btree ("snapshot");
  CREATE INDEX "_success_stories_v_published_locale_idx" ON "_success_stories_v" USING btree ("published_locale");
  CREATE INDEX "_success_stories_v_latest_idx" ON "_success_stories_v" USING btree ("latest");
  CREATE INDEX "_success_stories_v_autosave_idx" ON "_success_stories_v" USING btree ("autosave");
  CREATE INDEX "_success_stories_v_version_meta_version_meta_image_idx" ON "_success_stories_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_success_stories_v_locales_locale_parent_id_unique" ON "_success_stories_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_success_stories_v_rels_order_idx" ON "_success_stories_v_rels" USING btree ("order");
  CREATE INDEX "_success_stories_v_rels_parent_idx" ON "_success_stories_v_rels" USING btree ("parent_id");
  CREATE INDEX "_success_stories_v_rels_path_idx" ON "_success_stories_v_rels" USING btree ("path");
  CREATE INDEX "_success_stories_v_rels_media_id_idx" ON "_success_stories_v_rels" USING btree ("media_id");
  CREATE INDEX "_success_stories_v_rels_topics_id_idx" ON "_success_stories_v_rels" USING btree ("topics_id");
  CREATE INDEX "initiatives_audiences_order_idx" ON "initiatives_audiences" USING btree ("order");
  CREATE INDEX "initiatives_audiences_parent_idx" ON "initiatives_audiences" USING btree ("parent_id");
  CREATE INDEX "initiatives_lead_chamber_idx" ON "initiatives" USING btree ("lead_chamber_id");
  CREATE INDEX "initiatives_adoption_count_idx" ON "initiatives" USING btree ("adoption_count");
  CREATE UNIQUE INDEX "initiatives_slug_idx" ON "initiatives" USING btree ("slug");
  CREATE INDEX "initiatives_published_at_idx" ON "initiatives" USING btree ("published_at");
  CREATE INDEX "initiatives_workflow_status_idx" ON "initiatives" USING btree ("workflow_status");
  CREATE INDEX "initiatives_embargo_until_idx" ON "initiatives" USING btree ("embargo_until");
  CREATE INDEX "initiatives_created_by_idx" ON "initiatives" USING btree ("created_by_id");
  CREATE INDEX "initiatives_updated_at_idx" ON "initiatives" USING btree ("updated_at");
  CREATE INDEX "initiatives_created_at_idx" ON "initiatives" USING btree ("created_at");
  CREATE INDEX "initiatives__status_idx" ON "initiatives" USING btree ("_status");
  CREATE INDEX "initiatives_meta_meta_image_idx" ON "initiatives_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "initiatives_locales_locale_parent_id_unique" ON "initiatives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "initiatives_rels_order_idx" ON "initiatives_rels" USING btree ("order");
  CREATE INDEX "initiatives_rels_parent_idx" ON "initiatives_rels" USING btree ("parent_id");
  CREATE INDEX "initiatives_rels_path_idx" ON "initiatives_rels" USING btree ("path");
  CREATE INDEX "initiatives_rels_chambers_id_idx" ON "initiatives_rels" USING btree ("chambers_id");
  CREATE INDEX "initiatives_rels_topics_id_idx" ON "initiatives_rels" USING btree ("topics_id");
  CREATE INDEX "_initiatives_v_version_audiences_order_idx" ON "_initiatives_v_version_audiences" USING btree ("order");
  CREATE INDEX "_initiatives_v_version_audiences_parent_idx" ON "_initiatives_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_initiatives_v_parent_idx" ON "_initiatives_v" USING btree ("parent_id");
  CREATE INDEX "_initiatives_v_version_version_lead_chamber_idx" ON "_initiatives_v" USING btree ("version_lead_chamber_id");
  CREATE INDEX "_initiatives_v_version_version_adoption_count_idx" ON "_initiatives_v" USING btree ("version_adoption_count");
  CREATE INDEX "_initiatives_v_version_version_slug_idx" ON "_initiatives_v" USING btree ("version_slug");
  CREATE INDEX "_initiatives_v_version_version_published_at_idx" ON "_initiatives_v" USING btree ("version_published_at");
  CREATE INDEX "_initiatives_v_version_version_workflow_status_idx" ON "_initiatives_v" USING btree ("version_workflow_status");
  CREATE INDEX "_initiatives_v_version_version_embargo_until_idx" ON "_initiatives_v" USING btree ("version_embargo_until");
  CREATE INDEX "_initiatives_v_version_version_created_by_idx" ON "_initiatives_v" USING btree ("version_created_by_id");
  CREATE INDEX "_initiatives_v_version_version_updated_at_idx" ON "_initiatives_v" USING btree ("version_updated_at");
  CREATE INDEX "_initiatives_v_version_version_created_at_idx" ON "_initiatives_v" USING btree ("version_created_at");
  CREATE INDEX "_initiatives_v_version_version__status_idx" ON "_initiatives_v" USING btree ("version__status");
  CREATE INDEX "_initiatives_v_created_at_idx" ON "_initiatives_v" USING btree ("created_at");
  CREATE INDEX "_initiatives_v_updated_at_idx" ON "_initiatives_v" USING btree ("updated_at");
  CREATE INDEX "_initiatives_v_snapshot_idx" ON "_initiatives_v" USING btree ("snapshot");
  CREATE INDEX "_initiatives_v_published_locale_idx" ON "_initiatives_v" USING btree ("published_locale");
  CREATE INDEX "_initiatives_v_latest_idx" ON "_initiatives_v" USING btree ("latest");
  CREATE INDEX "_initiatives_v_autosave_idx" ON "_initiatives_v" USING btree ("autosave");
  CREATE INDEX "_initiatives_v_version_meta_version_meta_image_idx" ON "_initiatives_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_initiatives_v_locales_locale_parent_id_unique" ON "_initiatives_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_initiatives_v_rels_order_idx" ON "_initiatives_v_rels" USING btree ("order");
  CREATE INDEX "_initiatives_v_rels_parent_idx" ON "_initiatives_v_rels" USING btree ("parent_id");
  CREATE INDEX "_initiatives_v_rels_path_idx" ON "_initiatives_v_rels" USING btree ("path");
  CREATE INDEX "_initiatives_v_rels_chambers_id_idx" ON "_initiatives_v_rels" USING btree ("chambers_id");
  CREATE INDEX "_initiatives_v_rels_topics_id_idx" ON "_initiatives_v_rels" USING btree ("topics_id");
  CREATE INDEX "faqs_audiences_order_idx" ON "faqs_audiences" USING btree ("order");
  CREATE INDEX "faqs_audiences_parent_idx" ON "faqs_audiences" USING btree ("parent_id");
  CREATE INDEX "faqs_order_idx" ON "faqs" USING btree ("order");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_published_at_idx" ON "faqs" USING btree ("published_at");
  CREATE INDEX "faqs_workflow_status_idx" ON "faqs" USING btree ("workflow_status");
  CREATE INDEX "faqs_embargo_until_idx" ON "faqs" USING btree ("embargo_until");
  CREATE INDEX "faqs_created_by_idx" ON "faqs" USING btree ("created_by_id");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "faqs_meta_meta_image_idx" ON "faqs_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_topics_id_idx" ON "faqs_rels" USING btree ("topics_id");
  CREATE INDEX "_faqs_v_version_audiences_order_idx" ON "_faqs_v_version_audiences" USING btree ("order");
  CREATE INDEX "_faqs_v_version_audiences_parent_idx" ON "_faqs_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_order_idx" ON "_faqs_v" USING btree ("version_order");
  CREATE INDEX "_faqs_v_version_version_slug_idx" ON "_faqs_v" USING btree ("version_slug");
  CREATE INDEX "_faqs_v_version_version_published_at_idx" ON "_faqs_v" USING btree ("version_published_at");
  CREATE INDEX "_faqs_v_version_version_workflow_status_idx" ON "_faqs_v" USING btree ("version_workflow_status");
  CREATE INDEX "_faqs_v_version_version_embargo_until_idx" ON "_faqs_v" USING btree ("version_embargo_until");
  CREATE INDEX "_faqs_v_version_version_created_by_idx" ON "_faqs_v" USING btree ("version_created_by_id");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_snapshot_idx" ON "_faqs_v" USING btree ("snapshot");
  CREATE INDEX "_faqs_v_published_locale_idx" ON "_faqs_v" USING btree ("published_locale");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_autosave_idx" ON "_faqs_v" USING btree ("autosave");
  CREATE INDEX "_faqs_v_version_meta_version_meta_image_idx" ON "_faqs_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_faqs_v_locales_locale_parent_id_unique" ON "_faqs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_topics_id_idx" ON "_faqs_v_rels" USING btree ("topics_id");
  CREATE INDEX "guides_legal_references_order_idx" ON "guides_legal_references" USING btree ("_order");
  CREATE INDEX "guides_legal_references_parent_id_idx" ON "guides_legal_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "guides_legal_references_locales_locale_parent_id_unique" ON "guides_legal_references_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "guides_audiences_order_idx" ON "guides_audiences" USING btree ("order");
  CREATE INDEX "guides_audiences_parent_idx" ON "guides_audiences" USING btree ("parent_id");
  CREATE INDEX "guides_review_due_at_idx" ON "guides" USING btree ("review_due_at");
  CREATE UNIQUE INDEX "guides_slug_idx" ON "guides" USING btree ("slug");
  CREATE INDEX "guides_published_at_idx" ON "guides" USING btree ("published_at");
  CREATE INDEX "guides_workflow_status_idx" ON "guides" USING btree ("workflow_status");
  CREATE INDEX "guides_embargo_until_idx" ON "guides" USING btree ("embargo_until");
  CREATE INDEX "guides_created_by_idx" ON "guides" USING btree ("created_by_id");
  CREATE INDEX "guides_updated_at_idx" ON "guides" USING btree ("updated_at");
  CREATE INDEX "guides_created_at_idx" ON "guides" USING btree ("created_at");
  CREATE INDEX "guides__status_idx" ON "guides" USING btree ("_status");
  CREATE INDEX "guides_meta_meta_image_idx" ON "guides_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "guides_locales_locale_parent_id_unique" ON "guides_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "guides_rels_order_idx" ON "guides_rels" USING btree ("order");
  CREATE INDEX "guides_rels_parent_idx" ON "guides_rels" USING btree ("parent_id");
  CREATE INDEX "guides_rels_path_idx" ON "guides_rels" USING btree ("path");
  CREATE INDEX "guides_rels_topics_id_idx" ON "guides_rels" USING btree ("topics_id");
  CREATE INDEX "_guides_v_version_legal_references_order_idx" ON "_guides_v_version_legal_references" USING btree ("_order");
  CREATE INDEX "_guides_v_version_legal_references_parent_id_idx" ON "_guides_v_version_legal_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_guides_v_version_legal_references_locales_locale_parent_id_" ON "_guides_v_version_legal_references_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_guides_v_version_audiences_order_idx" ON "_guides_v_version_audiences" USING btree ("order");
  CREATE INDEX "_guides_v_version_audiences_parent_idx" ON "_guides_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_guides_v_parent_idx" ON "_guides_v" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_version_review_due_at_idx" ON "_guides_v" USING btree ("version_review_due_at");
  CREATE INDEX "_guides_v_version_version_slug_idx" ON "_guides_v" USING btree ("version_slug");
  CREATE INDEX "_guides_v_version_version_published_at_idx" ON "_guides_v" USING btree ("version_published_at");
  CREATE INDEX "_guides_v_version_version_workflow_status_idx" ON "_guides_v" USING btree ("version_workflow_status");
  CREATE INDEX "_guides_v_version_version_embargo_until_idx" ON "_guides_v" USING btree ("version_embargo_until");
  CREATE INDEX "_guides_v_version_version_created_by_idx" ON "_guides_v" USING btree ("version_created_by_id");
  CREATE INDEX "_guides_v_version_version_updated_at_idx" ON "_guides_v" USING btree ("version_updated_at");
  CREATE INDEX "_guides_v_version_version_created_at_idx" ON "_guides_v" USING btree ("version_created_at");
  CREATE INDEX "_guides_v_version_version__status_idx" ON "_guides_v" USING btree ("version__status");
  CREATE INDEX "_guides_v_created_at_idx" ON "_guides_v" USING btree ("created_at");
  CREATE INDEX "_guides_v_updated_at_idx" ON "_guides_v" USING btree ("updated_at");
  CREATE INDEX "_guides_v_snapshot_idx" ON "_guides_v" USING btree ("snapshot");
  CREATE INDEX "_guides_v_published_locale_idx" ON "_guides_v" USING btree ("published_locale");
  CREATE INDEX "_guides_v_latest_idx" ON "_guides_v" USING btree ("latest");
  CREATE INDEX "_guides_v_autosave_idx" ON "_guides_v" USING btree ("autosave");
  CREATE INDEX "_guides_v_version_meta_version_meta_image_idx" ON "_guides_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_guides_v_locales_locale_parent_id_unique" ON "_guides_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_guides_v_rels_order_idx" ON "_guides_v_rels" USING btree ("order");
  CREATE INDEX "_guides_v_rels_parent_idx" ON "_guides_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guides_v_rels_path_idx" ON "_guides_v_rels" USING btree ("path");
  CREATE INDEX "_guides_v_rels_topics_id_idx" ON "_guides_v_rels" USING btree ("topics_id");
  CREATE INDEX "events_speakers_order_idx" ON "events_speakers" USING btree ("_order");
  CREATE INDEX "events_speakers_parent_id_idx" ON "events_speakers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_speakers_locales_locale_parent_id_unique" ON "events_speakers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_audiences_order_idx" ON "events_audiences" USING btree ("order");
  CREATE INDEX "events_audiences_parent_idx" ON "events_audiences" USING btree ("parent_id");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_organiser_idx" ON "events" USING btree ("organiser_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_published_at_idx" ON "events" USING btree ("published_at");
  CREATE INDEX "events_workflow_status_idx" ON "events" USING btree ("workflow_status");
  CREATE INDEX "events_embargo_until_idx" ON "events" USING btree ("embargo_until");
  CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "events_meta_meta_image_idx" ON "events_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_topics_id_idx" ON "events_rels" USING btree ("topics_id");
  CREATE INDEX "_events_v_version_speakers_order_idx" ON "_events_v_version_speakers" USING btree ("_order");
  CREATE INDEX "_events_v_version_speakers_parent_id_idx" ON "_events_v_version_speakers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_events_v_version_speakers_locales_locale_parent_id_unique" ON "_events_v_version_speakers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_audiences_order_idx" ON "_events_v_version_audiences" USING btree ("order");
  CREATE INDEX "_events_v_version_audiences_parent_idx" ON "_events_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_organiser_idx" ON "_events_v" USING btree ("version_organiser_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_published_at_idx" ON "_events_v" USING btree ("version_published_at");
  CREATE INDEX "_events_v_version_version_workflow_status_idx" ON "_events_v" USING btree ("version_workflow_status");
  CREATE INDEX "_events_v_version_version_embargo_until_idx" ON "_events_v" USING btree ("version_embargo_until");
  CREATE INDEX "_events_v_version_version_created_by_idx" ON "_events_v" USING btree ("version_created_by_id");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_autosave_idx" ON "_events_v" USING btree ("autosave");
  CREATE INDEX "_events_v_version_meta_version_meta_image_idx" ON "_events_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_topics_id_idx" ON "_events_v_rels" USING btree ("topics_id");
  CREATE INDEX "dossiers_audiences_order_idx" ON "dossiers_audiences" USING btree ("order");
  CREATE INDEX "dossiers_audiences_parent_idx" ON "dossiers_audiences" USING btree ("parent_id");
  CREATE UNIQUE INDEX "dossiers_slug_idx" ON "dossiers" USING btree ("slug");
  CREATE INDEX "dossiers_published_at_idx" ON "dossiers" USING btree ("published_at");
  CREATE INDEX "dossiers_workflow_status_idx" ON "dossiers" USING btree ("workflow_status");
  CREATE INDEX "dossiers_embargo_until_idx" ON "dossiers" USING btree ("embargo_until");
  CREATE INDEX "dossiers_created_by_idx" ON "dossiers" USING btree ("created_by_id");
  CREATE INDEX "dossiers_updated_at_idx" ON "dossiers" USING btree ("updated_at");
  CREATE INDEX "dossiers_created_at_idx" ON "dossiers" USING btree ("created_at");
  CREATE INDEX "dossiers__status_idx" ON "dossiers" USING btree ("_status");
  CREATE INDEX "dossiers_meta_meta_image_idx" ON "dossiers_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "dossiers_locales_locale_parent_id_unique" ON "dossiers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dossiers_rels_order_idx" ON "dossiers_rels" USING btree ("order");
  CREATE INDEX "dossiers_rels_parent_idx" ON "dossiers_rels" USING btree ("parent_id");
  CREATE INDEX "dossiers_rels_path_idx" ON "dossiers_rels" USING btree ("path");
  CREATE INDEX "dossiers_rels_articles_id_idx" ON "dossiers_rels" USING btree ("articles_id");
  CREATE INDEX "dossiers_rels_success_stories_id_idx" ON "dossiers_rels" USING btree ("success_stories_id");
  CREATE INDEX "dossiers_rels_initiatives_id_idx" ON "dossiers_rels" USING btree ("initiatives_id");
  CREATE INDEX "dossiers_rels_faqs_id_idx" ON "dossiers_rels" USING btree ("faqs_id");
  CREATE INDEX "dossiers_rels_guides_id_idx" ON "dossiers_rels" USING btree ("guides_id");
  CREATE INDEX "dossiers_rels_events_id_idx" ON "dossiers_rels" USING btree ("events_id");
  CREATE INDEX "dossiers_rels_topics_id_idx" ON "dossiers_rels" USING btree ("topics_id");
  CREATE INDEX "_dossiers_v_version_audiences_order_idx" ON "_dossiers_v_version_audiences" USING btree ("order");
  CREATE INDEX "_dossiers_v_version_audiences_parent_idx" ON "_dossiers_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_dossiers_v_parent_idx" ON "_dossiers_v" USING btree ("parent_id");
  CREATE INDEX "_dossiers_v_version_version_slug_idx" ON "_dossiers_v" USING btree ("version_slug");
  CREATE INDEX "_dossiers_v_version_version_published_at_idx" ON "_dossiers_v" USING btree ("version_published_at");
  CREATE INDEX "_dossiers_v_version_version_workflow_status_idx" ON "_dossiers_v" USING btree ("version_workflow_status");
  CREATE INDEX "_dossiers_v_version_version_embargo_until_idx" ON "_dossiers_v" USING btree ("version_embargo_until");
  CREATE INDEX "_dossiers_v_version_version_created_by_idx" ON "_dossiers_v" USING btree ("version_created_by_id");
  CREATE INDEX "_dossiers_v_version_version_updated_at_idx" ON "_dossiers_v" USING btree ("version_updated_at");
  CREATE INDEX "_dossiers_v_version_version_created_at_idx" ON "_dossiers_v" USING btree ("version_created_at");
  CREATE INDEX "_dossiers_v_version_version__status_idx" ON "_dossiers_v" USING btree ("version__status");
  CREATE INDEX "_dossiers_v_created_at_idx" ON "_dossiers_v" USING btree ("created_at");
  CREATE INDEX "_dossiers_v_updated_at_idx" ON "_dossiers_v" USING btree ("updated_at");
  CREATE INDEX "_dossiers_v_snapshot_idx" ON "_dossiers_v" USING btree ("snapshot");
  CREATE INDEX "_dossiers_v_published_locale_idx" ON "_dossiers_v" USING btree ("published_locale");
  CREATE INDEX "_dossiers_v_latest_idx" ON "_dossiers_v" USING btree ("latest");
  CREATE INDEX "_dossiers_v_autosave_idx" ON "_dossiers_v" USING btree ("autosave");
  CREATE INDEX "_dossiers_v_version_meta_version_meta_image_idx" ON "_dossiers_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_dossiers_v_locales_locale_parent_id_unique" ON "_dossiers_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_dossiers_v_rels_order_idx" ON "_dossiers_v_rels" USING btree ("order");
  CREATE INDEX "_dossiers_v_rels_parent_idx" ON "_dossiers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_dossiers_v_rels_path_idx" ON "_dossiers_v_rels" USING btree ("path");
  CREATE INDEX "_dossiers_v_rels_articles_id_idx" ON "_dossiers_v_rels" USING btree ("articles_id");
  CREATE INDEX "_dossiers_v_rels_success_stories_id_idx" ON "_dossiers_v_rels" USING btree ("success_stories_id");
  CREATE INDEX "_dossiers_v_rels_initiatives_id_idx" ON "_dossiers_v_rels" USING btree ("initiatives_id");
  CREATE INDEX "_dossiers_v_rels_faqs_id_idx" ON "_dossiers_v_rels" USING btree ("faqs_id");
  CREATE INDEX "_dossiers_v_rels_guides_id_idx" ON "_dossiers_v_rels" USING btree ("guides_id");
  CREATE INDEX "_dossiers_v_rels_events_id_idx" ON "_dossiers_v_rels" USING btree ("events_id");
  CREATE INDEX "_dossiers_v_rels_topics_id_idx" ON "_dossiers_v_rels" USING btree ("topics_id");
  CREATE INDEX "topics_breadcrumbs_order_idx" ON "topics_breadcrumbs" USING btree ("_order");
  CREATE INDEX "topics_breadcrumbs_parent_id_idx" ON "topics_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "topics_breadcrumbs_locale_idx" ON "topics_breadcrumbs" USING btree ("_locale");
  CREATE INDEX "topics_breadcrumbs_doc_idx" ON "topics_breadcrumbs" USING btree ("doc_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_parent_idx" ON "topics" USING btree ("parent_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "chambers_name_idx" ON "chambers" USING btree ("name");
  CREATE INDEX "chambers_department_code_idx" ON "chambers" USING btree ("department_code");
  CREATE INDEX "chambers_updated_at_idx" ON "chambers" USING btree ("updated_at");
  CREATE INDEX "chambers_created_at_idx" ON "chambers" USING btree ("created_at");
  CREATE UNIQUE INDEX "chambers_locales_locale_parent_id_unique" ON "chambers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "partners_logo_idx" ON "partners" USING btree ("logo_id");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "media_created_by_idx" ON "media" USING btree ("created_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_chamber_idx" ON "users" USING btree ("chamber_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_user_email_idx" ON "audit_log" USING btree ("user_email");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_collection_idx" ON "audit_log" USING btree ("collection");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "search_slug_idx" ON "search" USING btree ("slug");
  CREATE INDEX "search_embargo_until_idx" ON "search" USING btree ("embargo_until");
  CREATE INDEX "search_updated_at_idx" ON "search" USING btree ("updated_at");
  CREATE INDEX "search_created_at_idx" ON "search" USING btree ("created_at");
  CREATE INDEX "search_search_text_idx" ON "search_locales" USING btree ("search_text","_locale");
  CREATE UNIQUE INDEX "search_locales_locale_parent_id_unique" ON "search_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "search_rels_order_idx" ON "search_rels" USING btree ("order");
  CREATE INDEX "search_rels_parent_idx" ON "search_rels" USING btree ("parent_id");
  CREATE INDEX "search_rels_path_idx" ON "search_rels" USING btree ("path");
  CREATE INDEX "search_rels_articles_id_idx" ON "search_rels" USING btree ("articles_id");
  CREATE INDEX "search_rels_success_stories_id_idx" ON "search_rels" USING btree ("success_stories_id");
  CREATE INDEX "search_rels_initiatives_id_idx" ON "search_rels" USING btree ("initiatives_id");
  CREATE INDEX "search_rels_faqs_id_idx" ON "search_rels" USING btree ("faqs_id");
  CREATE INDEX "search_rels_guides_id_idx" ON "search_rels" USING btree ("guides_id");
  CREATE INDEX "search_rels_events_id_idx" ON "search_rels" USING btree ("events_id");
  CREATE INDEX "search_rels_dossiers_id_idx" ON "search_rels" USING btree ("dossiers_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_success_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("success_stories_id");
  CREATE INDEX "payload_locked_documents_rels_initiatives_id_idx" ON "payload_locked_documents_rels" USING btree ("initiatives_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("guides_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_dossiers_id_idx" ON "payload_locked_documents_rels" USING btree ("dossiers_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_chambers_id_idx" ON "payload_locked_documents_rels" USING btree ("chambers_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_search_id_idx" ON "payload_locked_documents_rels" USING btree ("search_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_byline" CASCADE;
  DROP TABLE "articles_sources" CASCADE;
  DROP TABLE "articles_sources_locales" CASCADE;
  DROP TABLE "articles_audiences" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_byline" CASCADE;
  DROP TABLE "_articles_v_version_sources" CASCADE;
  DROP TABLE "_articles_v_version_sources_locales" CASCADE;
  DROP TABLE "_articles_v_version_audiences" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "success_stories_solidarity_actions" CASCADE;
  DROP TABLE "success_stories_solidarity_actions_locales" CASCADE;
  DROP TABLE "success_stories_links" CASCADE;
  DROP TABLE "success_stories_links_locales" CASCADE;
  DROP TABLE "success_stories_audiences" CASCADE;
  DROP TABLE "success_stories" CASCADE;
  DROP TABLE "success_stories_locales" CASCADE;
  DROP TABLE "success_stories_rels" CASCADE;
  DROP TABLE "_success_stories_v_version_solidarity_actions" CASCADE;
  DROP TABLE "_success_stories_v_version_solidarity_actions_locales" CASCADE;
  DROP TABLE "_success_stories_v_version_links" CASCADE;
  DROP TABLE "_success_stories_v_version_links_locales" CASCADE;
  DROP TABLE "_success_stories_v_version_audiences" CASCADE;
  DROP TABLE "_success_stories_v" CASCADE;
  DROP TABLE "_success_stories_v_locales" CASCADE;
  DROP TABLE "_success_stories_v_rels" CASCADE;
  DROP TABLE "initiatives_audiences" CASCADE;
  DROP TABLE "initiatives" CASCADE;
  DROP TABLE "initiatives_locales" CASCADE;
  DROP TABLE "initiatives_rels" CASCADE;
  DROP TABLE "_initiatives_v_version_audiences" CASCADE;
  DROP TABLE "_initiatives_v" CASCADE;
  DROP TABLE "_initiatives_v_locales" CASCADE;
  DROP TABLE "_initiatives_v_rels" CASCADE;
  DROP TABLE "faqs_audiences" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v_version_audiences" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_locales" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "guides_legal_references" CASCADE;
  DROP TABLE "guides_legal_references_locales" CASCADE;
  DROP TABLE "guides_audiences" CASCADE;
  DROP TABLE "guides" CASCADE;
  DROP TABLE "guides_locales" CASCADE;
  DROP TABLE "guides_rels" CASCADE;
  DROP TABLE "_guides_v_version_legal_references" CASCADE;
  DROP TABLE "_guides_v_version_legal_references_locales" CASCADE;
  DROP TABLE "_guides_v_version_audiences" CASCADE;
  DROP TABLE "_guides_v" CASCADE;
  DROP TABLE "_guides_v_locales" CASCADE;
  DROP TABLE "_guides_v_rels" CASCADE;
  DROP TABLE "events_speakers" CASCADE;
  DROP TABLE "events_speakers_locales" CASCADE;
  DROP TABLE "events_audiences" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_speakers" CASCADE;
  DROP TABLE "_events_v_version_speakers_locales" CASCADE;
  DROP TABLE "_events_v_version_audiences" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "dossiers_audiences" CASCADE;
  DROP TABLE "dossiers" CASCADE;
  DROP TABLE "dossiers_locales" CASCADE;
  DROP TABLE "dossiers_rels" CASCADE;
  DROP TABLE "_dossiers_v_version_audiences" CASCADE;
  DROP TABLE "_dossiers_v" CASCADE;
  DROP TABLE "_dossiers_v_locales" CASCADE;
  DROP TABLE "_dossiers_v_rels" CASCADE;
  DROP TABLE "topics_breadcrumbs" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "chambers" CASCADE;
  DROP TABLE "chambers_locales" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "search" CASCADE;
  DROP TABLE "search_locales" CASCADE;
  DROP TABLE "search_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_audiences";
  DROP TYPE "public"."enum_articles_format";
  DROP TYPE "public"."enum_articles_territory";
  DROP TYPE "public"."enum_articles_workflow_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_audiences";
  DROP TYPE "public"."enum__articles_v_version_format";
  DROP TYPE "public"."enum__articles_v_version_territory";
  DROP TYPE "public"."enum__articles_v_version_workflow_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_success_stories_audiences";
  DROP TYPE "public"."enum_success_stories_territory_region";
  DROP TYPE "public"."enum_success_stories_workflow_status";
  DROP TYPE "public"."enum_success_stories_status";
  DROP TYPE "public"."enum__success_stories_v_version_audiences";
  DROP TYPE "public"."enum__success_stories_v_version_territory_region";
  DROP TYPE "public"."enum__success_stories_v_version_workflow_status";
  DROP TYPE "public"."enum__success_stories_v_version_status";
  DROP TYPE "public"."enum__success_stories_v_published_locale";
  DROP TYPE "public"."enum_initiatives_audiences";
  DROP TYPE "public"."enum_initiatives_kind";
  DROP TYPE "public"."enum_initiatives_territory";
  DROP TYPE "public"."enum_initiatives_state";
  DROP TYPE "public"."enum_initiatives_workflow_status";
  DROP TYPE "public"."enum_initiatives_status";
  DROP TYPE "public"."enum__initiatives_v_version_audiences";
  DROP TYPE "public"."enum__initiatives_v_version_kind";
  DROP TYPE "public"."enum__initiatives_v_version_territory";
  DROP TYPE "public"."enum__initiatives_v_version_state";
  DROP TYPE "public"."enum__initiatives_v_version_workflow_status";
  DROP TYPE "public"."enum__initiatives_v_version_status";
  DROP TYPE "public"."enum__initiatives_v_published_locale";
  DROP TYPE "public"."enum_faqs_audiences";
  DROP TYPE "public"."enum_faqs_workflow_status";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_audiences";
  DROP TYPE "public"."enum__faqs_v_version_workflow_status";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum__faqs_v_published_locale";
  DROP TYPE "public"."enum_guides_audiences";
  DROP TYPE "public"."enum_guides_workflow_status";
  DROP TYPE "public"."enum_guides_status";
  DROP TYPE "public"."enum__guides_v_version_audiences";
  DROP TYPE "public"."enum__guides_v_version_workflow_status";
  DROP TYPE "public"."enum__guides_v_version_status";
  DROP TYPE "public"."enum__guides_v_published_locale";
  DROP TYPE "public"."enum_events_audiences";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_workflow_status";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_audiences";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_workflow_status";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_dossiers_audiences";
  DROP TYPE "public"."enum_dossiers_phase";
  DROP TYPE "public"."enum_dossiers_workflow_status";
  DROP TYPE "public"."enum_dossiers_status";
  DROP TYPE "public"."enum__dossiers_v_version_audiences";
  DROP TYPE "public"."enum__dossiers_v_version_phase";
  DROP TYPE "public"."enum__dossiers_v_version_workflow_status";
  DROP TYPE "public"."enum__dossiers_v_version_status";
  DROP TYPE "public"."enum__dossiers_v_published_locale";
  DROP TYPE "public"."enum_chambers_kind";
  DROP TYPE "public"."enum_chambers_region";
  DROP TYPE "public"."enum_partners_kind";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
