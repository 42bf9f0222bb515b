import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_destinations_collections" AS ENUM('articles', 'success-stories', 'initiatives', 'faqs', 'guides', 'events', 'dossiers');
  CREATE TYPE "public"."enum_destinations_kind" AS ENUM('site-webhook', 'webhook', 'buffer', 'hootsuite', 'ayrshare');
  CREATE TYPE "public"."enum_deliveries_event" AS ENUM('published', 'updated', 'unpublished', 'deleted');
  CREATE TYPE "public"."enum_deliveries_network" AS ENUM('x', 'facebook', 'linkedin');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('queued', 'sending', 'delivered', 'retrying', 'failed', 'cancelled');
  CREATE TABLE "destinations_collections" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_destinations_collections",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "destinations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_destinations_kind" NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar,
  	"secret_set_at" timestamp(3) with time zone,
  	"previous_secret" varchar,
  	"previous_secret_expires_at" timestamp(3) with time zone,
  	"accounts_x" varchar,
  	"accounts_facebook" varchar,
  	"accounts_linkedin" varchar,
  	"enabled" boolean DEFAULT true,
  	"disabled_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "destinations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "deliveries_attempts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"status_code" numeric,
  	"outcome" varchar,
  	"message" varchar,
  	"duration_ms" numeric
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"destination_id" integer NOT NULL,
  	"item_collection" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"item_title" varchar,
  	"event" "enum_deliveries_event" NOT NULL,
  	"network" "enum_deliveries_network",
  	"status" "enum_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"last_message" varchar,
  	"external_id" varchar,
  	"webhook_id" varchar NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"body" jsonb,
  	"order_key" varchar NOT NULL,
  	"lease_owner" varchar,
  	"lease_expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries_rels" (
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
  
  ALTER TABLE "articles" ADD COLUMN "social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "articles" ADD COLUMN "social_x_text" varchar;
  ALTER TABLE "articles" ADD COLUMN "social_x_image_id" integer;
  ALTER TABLE "articles" ADD COLUMN "social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "social_facebook_text" varchar;
  ALTER TABLE "articles" ADD COLUMN "social_facebook_image_id" integer;
  ALTER TABLE "articles" ADD COLUMN "social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "articles" ADD COLUMN "social_linkedin_text" varchar;
  ALTER TABLE "articles" ADD COLUMN "social_linkedin_image_id" integer;
  ALTER TABLE "articles" ADD COLUMN "social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_x_text" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_x_image_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_facebook_text" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_facebook_image_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_linkedin_text" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_linkedin_image_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "success_stories" ADD COLUMN "social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "success_stories" ADD COLUMN "social_x_text" varchar;
  ALTER TABLE "success_stories" ADD COLUMN "social_x_image_id" integer;
  ALTER TABLE "success_stories" ADD COLUMN "social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "success_stories" ADD COLUMN "social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "success_stories" ADD COLUMN "social_facebook_text" varchar;
  ALTER TABLE "success_stories" ADD COLUMN "social_facebook_image_id" integer;
  ALTER TABLE "success_stories" ADD COLUMN "social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "success_stories" ADD COLUMN "social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "success_stories" ADD COLUMN "social_linkedin_text" varchar;
  ALTER TABLE "success_stories" ADD COLUMN "social_linkedin_image_id" integer;
  ALTER TABLE "success_stories" ADD COLUMN "social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_x_text" varchar;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_x_image_id" integer;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_facebook_text" varchar;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_facebook_image_id" integer;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_linkedin_text" varchar;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_linkedin_image_id" integer;
  ALTER TABLE "_success_stories_v" ADD COLUMN "version_social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "initiatives" ADD COLUMN "social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "initiatives" ADD COLUMN "social_x_text" varchar;
  ALTER TABLE "initiatives" ADD COLUMN "social_x_image_id" integer;
  ALTER TABLE "initiatives" ADD COLUMN "social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "initiatives" ADD COLUMN "social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "initiatives" ADD COLUMN "social_facebook_text" varchar;
  ALTER TABLE "initiatives" ADD COLUMN "social_facebook_image_id" integer;
  ALTER TABLE "initiatives" ADD COLUMN "social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "initiatives" ADD COLUMN "social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "initiatives" ADD COLUMN "social_linkedin_text" varchar;
  ALTER TABLE "initiatives" ADD COLUMN "social_linkedin_image_id" integer;
  ALTER TABLE "initiatives" ADD COLUMN "social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_x_text" varchar;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_x_image_id" integer;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_facebook_text" varchar;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_facebook_image_id" integer;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_linkedin_text" varchar;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_linkedin_image_id" integer;
  ALTER TABLE "_initiatives_v" ADD COLUMN "version_social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "faqs" ADD COLUMN "social_x_text" varchar;
  ALTER TABLE "faqs" ADD COLUMN "social_x_image_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "faqs" ADD COLUMN "social_facebook_text" varchar;
  ALTER TABLE "faqs" ADD COLUMN "social_facebook_image_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "faqs" ADD COLUMN "social_linkedin_text" varchar;
  ALTER TABLE "faqs" ADD COLUMN "social_linkedin_image_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_x_text" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_x_image_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_facebook_text" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_facebook_image_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_linkedin_text" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_linkedin_image_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "guides" ADD COLUMN "social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "guides" ADD COLUMN "social_x_text" varchar;
  ALTER TABLE "guides" ADD COLUMN "social_x_image_id" integer;
  ALTER TABLE "guides" ADD COLUMN "social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "guides" ADD COLUMN "social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "guides" ADD COLUMN "social_facebook_text" varchar;
  ALTER TABLE "guides" ADD COLUMN "social_facebook_image_id" integer;
  ALTER TABLE "guides" ADD COLUMN "social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "guides" ADD COLUMN "social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "guides" ADD COLUMN "social_linkedin_text" varchar;
  ALTER TABLE "guides" ADD COLUMN "social_linkedin_image_id" integer;
  ALTER TABLE "guides" ADD COLUMN "social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_x_text" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_x_image_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_facebook_text" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_facebook_image_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_linkedin_text" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_linkedin_image_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "events" ADD COLUMN "social_x_text" varchar;
  ALTER TABLE "events" ADD COLUMN "social_x_image_id" integer;
  ALTER TABLE "events" ADD COLUMN "social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "social_facebook_text" varchar;
  ALTER TABLE "events" ADD COLUMN "social_facebook_image_id" integer;
  ALTER TABLE "events" ADD COLUMN "social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "events" ADD COLUMN "social_linkedin_text" varchar;
  ALTER TABLE "events" ADD COLUMN "social_linkedin_image_id" integer;
  ALTER TABLE "events" ADD COLUMN "social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_x_text" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_x_image_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_facebook_text" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_facebook_image_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_linkedin_text" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_linkedin_image_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "dossiers" ADD COLUMN "social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "dossiers" ADD COLUMN "social_x_text" varchar;
  ALTER TABLE "dossiers" ADD COLUMN "social_x_image_id" integer;
  ALTER TABLE "dossiers" ADD COLUMN "social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "dossiers" ADD COLUMN "social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "dossiers" ADD COLUMN "social_facebook_text" varchar;
  ALTER TABLE "dossiers" ADD COLUMN "social_facebook_image_id" integer;
  ALTER TABLE "dossiers" ADD COLUMN "social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "dossiers" ADD COLUMN "social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "dossiers" ADD COLUMN "social_linkedin_text" varchar;
  ALTER TABLE "dossiers" ADD COLUMN "social_linkedin_image_id" integer;
  ALTER TABLE "dossiers" ADD COLUMN "social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_x_enabled" boolean DEFAULT true;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_x_text" varchar;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_x_image_id" integer;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_x_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_facebook_enabled" boolean DEFAULT false;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_facebook_text" varchar;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_facebook_image_id" integer;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_facebook_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_linkedin_enabled" boolean DEFAULT true;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_linkedin_text" varchar;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_linkedin_image_id" integer;
  ALTER TABLE "_dossiers_v" ADD COLUMN "version_social_linkedin_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "destinations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliveries_id" integer;
  ALTER TABLE "destinations_collections" ADD CONSTRAINT "destinations_collections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."destinations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "destinations_rels" ADD CONSTRAINT "destinations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."destinations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "destinations_rels" ADD CONSTRAINT "destinations_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_attempts" ADD CONSTRAINT "deliveries_attempts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_destination_id_destinations_id_fk" FOREIGN KEY ("destination_id") REFERENCES "public"."destinations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_success_stories_fk" FOREIGN KEY ("success_stories_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "destinations_collections_order_idx" ON "destinations_collections" USING btree ("order");
  CREATE INDEX "destinations_collections_parent_idx" ON "destinations_collections" USING btree ("parent_id");
  CREATE INDEX "destinations_updated_at_idx" ON "destinations" USING btree ("updated_at");
  CREATE INDEX "destinations_created_at_idx" ON "destinations" USING btree ("created_at");
  CREATE INDEX "destinations_rels_order_idx" ON "destinations_rels" USING btree ("order");
  CREATE INDEX "destinations_rels_parent_idx" ON "destinations_rels" USING btree ("parent_id");
  CREATE INDEX "destinations_rels_path_idx" ON "destinations_rels" USING btree ("path");
  CREATE INDEX "destinations_rels_topics_id_idx" ON "destinations_rels" USING btree ("topics_id");
  CREATE INDEX "deliveries_attempts_order_idx" ON "deliveries_attempts" USING btree ("_order");
  CREATE INDEX "deliveries_attempts_parent_id_idx" ON "deliveries_attempts" USING btree ("_parent_id");
  CREATE INDEX "deliveries_destination_idx" ON "deliveries" USING btree ("destination_id");
  CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");
  CREATE INDEX "deliveries_external_id_idx" ON "deliveries" USING btree ("external_id");
  CREATE INDEX "deliveries_webhook_id_idx" ON "deliveries" USING btree ("webhook_id");
  CREATE INDEX "deliveries_order_key_idx" ON "deliveries" USING btree ("order_key");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE INDEX "status_nextAttemptAt_idx" ON "deliveries" USING btree ("status","next_attempt_at");
  CREATE INDEX "itemCollection_itemId_idx" ON "deliveries" USING btree ("item_collection","item_id");
  CREATE INDEX "deliveries_rels_order_idx" ON "deliveries_rels" USING btree ("order");
  CREATE INDEX "deliveries_rels_parent_idx" ON "deliveries_rels" USING btree ("parent_id");
  CREATE INDEX "deliveries_rels_path_idx" ON "deliveries_rels" USING btree ("path");
  CREATE INDEX "deliveries_rels_articles_id_idx" ON "deliveries_rels" USING btree ("articles_id");
  CREATE INDEX "deliveries_rels_success_stories_id_idx" ON "deliveries_rels" USING btree ("success_stories_id");
  CREATE INDEX "deliveries_rels_initiatives_id_idx" ON "deliveries_rels" USING btree ("initiatives_id");
  CREATE INDEX "deliveries_rels_faqs_id_idx" ON "deliveries_rels" USING btree ("faqs_id");
  CREATE INDEX "deliveries_rels_guides_id_idx" ON "deliveries_rels" USING btree ("guides_id");
  CREATE INDEX "deliveries_rels_events_id_idx" ON "deliveries_rels" USING btree ("events_id");
  CREATE INDEX "deliveries_rels_dossiers_id_idx" ON "deliveries_rels" USING btree ("dossiers_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_social_x_image_id_media_id_fk" FOREIGN KEY ("social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_social_facebook_image_id_media_id_fk" FOREIGN KEY ("social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_social_x_image_id_media_id_fk" FOREIGN KEY ("version_social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_social_facebook_image_id_media_id_fk" FOREIGN KEY ("version_social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("version_social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_social_x_image_id_media_id_fk" FOREIGN KEY ("social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_social_facebook_image_id_media_id_fk" FOREIGN KEY ("social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_success_stories_v" ADD CONSTRAINT "_success_stories_v_version_social_x_image_id_media_id_fk" FOREIGN KEY ("version_social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_success_stories_v" ADD CONSTRAINT "_success_stories_v_version_social_facebook_image_id_media_id_fk" FOREIGN KEY ("version_social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_success_stories_v" ADD CONSTRAINT "_success_stories_v_version_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("version_social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_social_x_image_id_media_id_fk" FOREIGN KEY ("social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_social_facebook_image_id_media_id_fk" FOREIGN KEY ("social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_social_x_image_id_media_id_fk" FOREIGN KEY ("version_social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_social_facebook_image_id_media_id_fk" FOREIGN KEY ("version_social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("version_social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_social_x_image_id_media_id_fk" FOREIGN KEY ("social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_social_facebook_image_id_media_id_fk" FOREIGN KEY ("social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_social_x_image_id_media_id_fk" FOREIGN KEY ("version_social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_social_facebook_image_id_media_id_fk" FOREIGN KEY ("version_social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("version_social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_social_x_image_id_media_id_fk" FOREIGN KEY ("social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_social_facebook_image_id_media_id_fk" FOREIGN KEY ("social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_social_x_image_id_media_id_fk" FOREIGN KEY ("version_social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_social_facebook_image_id_media_id_fk" FOREIGN KEY ("version_social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("version_social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_social_x_image_id_media_id_fk" FOREIGN KEY ("social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_social_facebook_image_id_media_id_fk" FOREIGN KEY ("social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_social_x_image_id_media_id_fk" FOREIGN KEY ("version_social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_social_facebook_image_id_media_id_fk" FOREIGN KEY ("version_social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("version_social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_social_x_image_id_media_id_fk" FOREIGN KEY ("social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_social_facebook_image_id_media_id_fk" FOREIGN KEY ("social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dossiers_v" ADD CONSTRAINT "_dossiers_v_version_social_x_image_id_media_id_fk" FOREIGN KEY ("version_social_x_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dossiers_v" ADD CONSTRAINT "_dossiers_v_version_social_facebook_image_id_media_id_fk" FOREIGN KEY ("version_social_facebook_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dossiers_v" ADD CONSTRAINT "_dossiers_v_version_social_linkedin_image_id_media_id_fk" FOREIGN KEY ("version_social_linkedin_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_destinations_fk" FOREIGN KEY ("destinations_id") REFERENCES "public"."destinations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_social_x_social_x_image_idx" ON "articles" USING btree ("social_x_image_id");
  CREATE INDEX "articles_social_facebook_social_facebook_image_idx" ON "articles" USING btree ("social_facebook_image_id");
  CREATE INDEX "articles_social_linkedin_social_linkedin_image_idx" ON "articles" USING btree ("social_linkedin_image_id");
  CREATE INDEX "_articles_v_version_social_x_version_social_x_image_idx" ON "_articles_v" USING btree ("version_social_x_image_id");
  CREATE INDEX "_articles_v_version_social_facebook_version_social_faceb_idx" ON "_articles_v" USING btree ("version_social_facebook_image_id");
  CREATE INDEX "_articles_v_version_social_linkedin_version_social_linke_idx" ON "_articles_v" USING btree ("version_social_linkedin_image_id");
  CREATE INDEX "success_stories_social_x_social_x_image_idx" ON "success_stories" USING btree ("social_x_image_id");
  CREATE INDEX "success_stories_social_facebook_social_facebook_image_idx" ON "success_stories" USING btree ("social_facebook_image_id");
  CREATE INDEX "success_stories_social_linkedin_social_linkedin_image_idx" ON "success_stories" USING btree ("social_linkedin_image_id");
  CREATE INDEX "_success_stories_v_version_social_x_version_social_x_ima_idx" ON "_success_stories_v" USING btree ("version_social_x_image_id");
  CREATE INDEX "_success_stories_v_version_social_facebook_version_socia_idx" ON "_success_stories_v" USING btree ("version_social_facebook_image_id");
  CREATE INDEX "_success_stories_v_version_social_linkedin_version_socia_idx" ON "_success_stories_v" USING btree ("version_social_linkedin_image_id");
  CREATE INDEX "initiatives_social_x_social_x_image_idx" ON "initiatives" USING btree ("social_x_image_id");
  CREATE INDEX "initiatives_social_facebook_social_facebook_image_idx" ON "initiatives" USING btree ("social_facebook_image_id");
  CREATE INDEX "initiatives_social_linkedin_social_linkedin_image_idx" ON "initiatives" USING btree ("social_linkedin_image_id");
  CREATE INDEX "_initiatives_v_version_social_x_version_social_x_image_idx" ON "_initiatives_v" USING btree ("version_social_x_image_id");
  CREATE INDEX "_initiatives_v_version_social_facebook_version_social_fa_idx" ON "_initiatives_v" USING btree ("version_social_facebook_image_id");
  CREATE INDEX "_initiatives_v_version_social_linkedin_version_social_li_idx" ON "_initiatives_v" USING btree ("version_social_linkedin_image_id");
  CREATE INDEX "faqs_social_x_social_x_image_idx" ON "faqs" USING btree ("social_x_image_id");
  CREATE INDEX "faqs_social_facebook_social_facebook_image_idx" ON "faqs" USING btree ("social_facebook_image_id");
  CREATE INDEX "faqs_social_linkedin_social_linkedin_image_idx" ON "faqs" USING btree ("social_linkedin_image_id");
  CREATE INDEX "_faqs_v_version_social_x_version_social_x_image_idx" ON "_faqs_v" USING btree ("version_social_x_image_id");
  CREATE INDEX "_faqs_v_version_social_facebook_version_social_facebook__idx" ON "_faqs_v" USING btree ("version_social_facebook_image_id");
  CREATE INDEX "_faqs_v_version_social_linkedin_version_social_linkedin__idx" ON "_faqs_v" USING btree ("version_social_linkedin_image_id");
  CREATE INDEX "guides_social_x_social_x_image_idx" ON "guides" USING btree ("social_x_image_id");
  CREATE INDEX "guides_social_facebook_social_facebook_image_idx" ON "guides" USING btree ("social_facebook_image_id");
  CREATE INDEX "guides_social_linkedin_social_linkedin_image_idx" ON "guides" USING btree ("social_linkedin_image_id");
  CREATE INDEX "_guides_v_version_social_x_version_social_x_image_idx" ON "_guides_v" USING btree ("version_social_x_image_id");
  CREATE INDEX "_guides_v_version_social_facebook_version_social_faceboo_idx" ON "_guides_v" USING btree ("version_social_facebook_image_id");
  CREATE INDEX "_guides_v_version_social_linkedin_version_social_linkedi_idx" ON "_guides_v" USING btree ("version_social_linkedin_image_id");
  CREATE INDEX "events_social_x_social_x_image_idx" ON "events" USING btree ("social_x_image_id");
  CREATE INDEX "events_social_facebook_social_facebook_image_idx" ON "events" USING btree ("social_facebook_image_id");
  CREATE INDEX "events_social_linkedin_social_linkedin_image_idx" ON "events" USING btree ("social_linkedin_image_id");
  CREATE INDEX "_events_v_version_social_x_version_social_x_image_idx" ON "_events_v" USING btree ("version_social_x_image_id");
  CREATE INDEX "_events_v_version_social_facebook_version_social_faceboo_idx" ON "_events_v" USING btree ("version_social_facebook_image_id");
  CREATE INDEX "_events_v_version_social_linkedin_version_social_linkedi_idx" ON "_events_v" USING btree ("version_social_linkedin_image_id");
  CREATE INDEX "dossiers_social_x_social_x_image_idx" ON "dossiers" USING btree ("social_x_image_id");
  CREATE INDEX "dossiers_social_facebook_social_facebook_image_idx" ON "dossiers" USING btree ("social_facebook_image_id");
  CREATE INDEX "dossiers_social_linkedin_social_linkedin_image_idx" ON "dossiers" USING btree ("social_linkedin_image_id");
  CREATE INDEX "_dossiers_v_version_social_x_version_social_x_image_idx" ON "_dossiers_v" USING btree ("version_social_x_image_id");
  CREATE INDEX "_dossiers_v_version_social_facebook_version_social_faceb_idx" ON "_dossiers_v" USING btree ("version_social_facebook_image_id");
  CREATE INDEX "_dossiers_v_version_social_linkedin_version_social_linke_idx" ON "_dossiers_v" USING btree ("version_social_linkedin_image_id");
  CREATE INDEX "payload_locked_documents_rels_destinations_id_idx" ON "payload_locked_documents_rels" USING btree ("destinations_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "destinations_collections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "destinations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "destinations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "destinations_collections" CASCADE;
  DROP TABLE "destinations" CASCADE;
  DROP TABLE "destinations_rels" CASCADE;
  DROP TABLE "deliveries_attempts" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "deliveries_rels" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_social_x_image_id_media_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_social_x_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "success_stories" DROP CONSTRAINT "success_stories_social_x_image_id_media_id_fk";
  
  ALTER TABLE "success_stories" DROP CONSTRAINT "success_stories_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "success_stories" DROP CONSTRAINT "success_stories_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "_success_stories_v" DROP CONSTRAINT "_success_stories_v_version_social_x_image_id_media_id_fk";
  
  ALTER TABLE "_success_stories_v" DROP CONSTRAINT "_success_stories_v_version_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "_success_stories_v" DROP CONSTRAINT "_success_stories_v_version_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "initiatives" DROP CONSTRAINT "initiatives_social_x_image_id_media_id_fk";
  
  ALTER TABLE "initiatives" DROP CONSTRAINT "initiatives_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "initiatives" DROP CONSTRAINT "initiatives_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "_initiatives_v" DROP CONSTRAINT "_initiatives_v_version_social_x_image_id_media_id_fk";
  
  ALTER TABLE "_initiatives_v" DROP CONSTRAINT "_initiatives_v_version_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "_initiatives_v" DROP CONSTRAINT "_initiatives_v_version_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_social_x_image_id_media_id_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_social_x_image_id_media_id_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "guides" DROP CONSTRAINT "guides_social_x_image_id_media_id_fk";
  
  ALTER TABLE "guides" DROP CONSTRAINT "guides_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "guides" DROP CONSTRAINT "guides_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "_guides_v" DROP CONSTRAINT "_guides_v_version_social_x_image_id_media_id_fk";
  
  ALTER TABLE "_guides_v" DROP CONSTRAINT "_guides_v_version_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "_guides_v" DROP CONSTRAINT "_guides_v_version_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_social_x_image_id_media_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_social_x_image_id_media_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "dossiers" DROP CONSTRAINT "dossiers_social_x_image_id_media_id_fk";
  
  ALTER TABLE "dossiers" DROP CONSTRAINT "dossiers_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "dossiers" DROP CONSTRAINT "dossiers_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "_dossiers_v" DROP CONSTRAINT "_dossiers_v_version_social_x_image_id_media_id_fk";
  
  ALTER TABLE "_dossiers_v" DROP CONSTRAINT "_dossiers_v_version_social_facebook_image_id_media_id_fk";
  
  ALTER TABLE "_dossiers_v" DROP CONSTRAINT "_dossiers_v_version_social_linkedin_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_destinations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_deliveries_fk";
  
  DROP INDEX "articles_social_x_social_x_image_idx";
  DROP INDEX "articles_social_facebook_social_facebook_image_idx";
  DROP INDEX "articles_social_linkedin_social_linkedin_image_idx";
  DROP INDEX "_articles_v_version_social_x_version_social_x_image_idx";
  DROP INDEX "_articles_v_version_social_facebook_version_social_faceb_idx";
  DROP INDEX "_articles_v_version_social_linkedin_version_social_linke_idx";
  DROP INDEX "success_stories_social_x_social_x_image_idx";
  DROP INDEX "success_stories_social_facebook_social_facebook_image_idx";
  DROP INDEX "success_stories_social_linkedin_social_linkedin_image_idx";
  DROP INDEX "_success_stories_v_version_social_x_version_social_x_ima_idx";
  DROP INDEX "_success_stories_v_version_social_facebook_version_socia_idx";
  DROP INDEX "_success_stories_v_version_social_linkedin_version_socia_idx";
  DROP INDEX "initiatives_social_x_social_x_image_idx";
  DROP INDEX "initiatives_social_facebook_social_facebook_image_idx";
  DROP INDEX "initiatives_social_linkedin_social_linkedin_image_idx";
  DROP INDEX "_initiatives_v_version_social_x_version_social_x_image_idx";
  DROP INDEX "_initiatives_v_version_social_facebook_version_social_fa_idx";
  DROP INDEX "_initiatives_v_version_social_linkedin_version_social_li_idx";
  DROP INDEX "faqs_social_x_social_x_image_idx";
  DROP INDEX "faqs_social_facebook_social_facebook_image_idx";
  DROP INDEX "faqs_social_linkedin_social_linkedin_image_idx";
  DROP INDEX "_faqs_v_version_social_x_version_social_x_image_idx";
  DROP INDEX "_faqs_v_version_social_facebook_version_social_facebook__idx";
  DROP INDEX "_faqs_v_version_social_linkedin_version_social_linkedin__idx";
  DROP INDEX "guides_social_x_social_x_image_idx";
  DROP INDEX "guides_social_facebook_social_facebook_image_idx";
  DROP INDEX "guides_social_linkedin_social_linkedin_image_idx";
  DROP INDEX "_guides_v_version_social_x_version_social_x_image_idx";
  DROP INDEX "_guides_v_version_social_facebook_version_social_faceboo_idx";
  DROP INDEX "_guides_v_version_social_linkedin_version_social_linkedi_idx";
  DROP INDEX "events_social_x_social_x_image_idx";
  DROP INDEX "events_social_facebook_social_facebook_image_idx";
  DROP INDEX "events_social_linkedin_social_linkedin_image_idx";
  DROP INDEX "_events_v_version_social_x_version_social_x_image_idx";
  DROP INDEX "_events_v_version_social_facebook_version_social_faceboo_idx";
  DROP INDEX "_events_v_version_social_linkedin_version_social_linkedi_idx";
  DROP INDEX "dossiers_social_x_social_x_image_idx";
  DROP INDEX "dossiers_social_facebook_social_facebook_image_idx";
  DROP INDEX "dossiers_social_linkedin_social_linkedin_image_idx";
  DROP INDEX "_dossiers_v_version_social_x_version_social_x_image_idx";
  DROP INDEX "_dossiers_v_version_social_facebook_version_social_faceb_idx";
  DROP INDEX "_dossiers_v_version_social_linkedin_version_social_linke_idx";
  DROP INDEX "payload_locked_documents_rels_destinations_id_idx";
  DROP INDEX "payload_locked_documents_rels_deliveries_id_idx";
  ALTER TABLE "articles" DROP COLUMN "social_x_enabled";
  ALTER TABLE "articles" DROP COLUMN "social_x_text";
  ALTER TABLE "articles" DROP COLUMN "social_x_image_id";
  ALTER TABLE "articles" DROP COLUMN "social_x_scheduled_at";
  ALTER TABLE "articles" DROP COLUMN "social_facebook_enabled";
  ALTER TABLE "articles" DROP COLUMN "social_facebook_text";
  ALTER TABLE "articles" DROP COLUMN "social_facebook_image_id";
  ALTER TABLE "articles" DROP COLUMN "social_facebook_scheduled_at";
  ALTER TABLE "articles" DROP COLUMN "social_linkedin_enabled";
  ALTER TABLE "articles" DROP COLUMN "social_linkedin_text";
  ALTER TABLE "articles" DROP COLUMN "social_linkedin_image_id";
  ALTER TABLE "articles" DROP COLUMN "social_linkedin_scheduled_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_x_enabled";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_x_text";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_x_image_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_x_scheduled_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_facebook_enabled";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_facebook_text";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_facebook_image_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_facebook_scheduled_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_linkedin_enabled";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_linkedin_text";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_linkedin_image_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_social_linkedin_scheduled_at";
  ALTER TABLE "success_stories" DROP COLUMN "social_x_enabled";
  ALTER TABLE "success_stories" DROP COLUMN "social_x_text";
  ALTER TABLE "success_stories" DROP COLUMN "social_x_image_id";
  ALTER TABLE "success_stories" DROP COLUMN "social_x_scheduled_at";
  ALTER TABLE "success_stories" DROP COLUMN "social_facebook_enabled";
  ALTER TABLE "success_stories" DROP COLUMN "social_facebook_text";
  ALTER TABLE "success_stories" DROP COLUMN "social_facebook_image_id";
  ALTER TABLE "success_stories" DROP COLUMN "social_facebook_scheduled_at";
  ALTER TABLE "success_stories" DROP COLUMN "social_linkedin_enabled";
  ALTER TABLE "success_stories" DROP COLUMN "social_linkedin_text";
  ALTER TABLE "success_stories" DROP COLUMN "social_linkedin_image_id";
  ALTER TABLE "success_stories" DROP COLUMN "social_linkedin_scheduled_at";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_x_enabled";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_x_text";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_x_image_id";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_x_scheduled_at";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_facebook_enabled";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_facebook_text";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_facebook_image_id";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_facebook_scheduled_at";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_linkedin_enabled";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_linkedin_text";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_linkedin_image_id";
  ALTER TABLE "_success_stories_v" DROP COLUMN "version_social_linkedin_scheduled_at";
  ALTER TABLE "initiatives" DROP COLUMN "social_x_enabled";
  ALTER TABLE "initiatives" DROP COLUMN "social_x_text";
  ALTER TABLE "initiatives" DROP COLUMN "social_x_image_id";
  ALTER TABLE "initiatives" DROP COLUMN "social_x_scheduled_at";
  ALTER TABLE "initiatives" DROP COLUMN "social_facebook_enabled";
  ALTER TABLE "initiatives" DROP COLUMN "social_facebook_text";
  ALTER TABLE "initiatives" DROP COLUMN "social_facebook_image_id";
  ALTER TABLE "initiatives" DROP COLUMN "social_facebook_scheduled_at";
  ALTER TABLE "initiatives" DROP COLUMN "social_linkedin_enabled";
  ALTER TABLE "initiatives" DROP COLUMN "social_linkedin_text";
  ALTER TABLE "initiatives" DROP COLUMN "social_linkedin_image_id";
  ALTER TABLE "initiatives" DROP COLUMN "social_linkedin_scheduled_at";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_x_enabled";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_x_text";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_x_image_id";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_x_scheduled_at";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_facebook_enabled";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_facebook_text";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_facebook_image_id";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_facebook_scheduled_at";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_linkedin_enabled";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_linkedin_text";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_linkedin_image_id";
  ALTER TABLE "_initiatives_v" DROP COLUMN "version_social_linkedin_scheduled_at";
  ALTER TABLE "faqs" DROP COLUMN "social_x_enabled";
  ALTER TABLE "faqs" DROP COLUMN "social_x_text";
  ALTER TABLE "faqs" DROP COLUMN "social_x_image_id";
  ALTER TABLE "faqs" DROP COLUMN "social_x_scheduled_at";
  ALTER TABLE "faqs" DROP COLUMN "social_facebook_enabled";
  ALTER TABLE "faqs" DROP COLUMN "social_facebook_text";
  ALTER TABLE "faqs" DROP COLUMN "social_facebook_image_id";
  ALTER TABLE "faqs" DROP COLUMN "social_facebook_scheduled_at";
  ALTER TABLE "faqs" DROP COLUMN "social_linkedin_enabled";
  ALTER TABLE "faqs" DROP COLUMN "social_linkedin_text";
  ALTER TABLE "faqs" DROP COLUMN "social_linkedin_image_id";
  ALTER TABLE "faqs" DROP COLUMN "social_linkedin_scheduled_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_x_enabled";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_x_text";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_x_image_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_x_scheduled_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_facebook_enabled";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_facebook_text";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_facebook_image_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_facebook_scheduled_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_linkedin_enabled";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_linkedin_text";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_linkedin_image_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_social_linkedin_scheduled_at";
  ALTER TABLE "guides" DROP COLUMN "social_x_enabled";
  ALTER TABLE "guides" DROP COLUMN "social_x_text";
  ALTER TABLE "guides" DROP COLUMN "social_x_image_id";
  ALTER TABLE "guides" DROP COLUMN "social_x_scheduled_at";
  ALTER TABLE "guides" DROP COLUMN "social_facebook_enabled";
  ALTER TABLE "guides" DROP COLUMN "social_facebook_text";
  ALTER TABLE "guides" DROP COLUMN "social_facebook_image_id";
  ALTER TABLE "guides" DROP COLUMN "social_facebook_scheduled_at";
  ALTER TABLE "guides" DROP COLUMN "social_linkedin_enabled";
  ALTER TABLE "guides" DROP COLUMN "social_linkedin_text";
  ALTER TABLE "guides" DROP COLUMN "social_linkedin_image_id";
  ALTER TABLE "guides" DROP COLUMN "social_linkedin_scheduled_at";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_x_enabled";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_x_text";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_x_image_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_x_scheduled_at";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_facebook_enabled";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_facebook_text";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_facebook_image_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_facebook_scheduled_at";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_linkedin_enabled";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_linkedin_text";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_linkedin_image_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_social_linkedin_scheduled_at";
  ALTER TABLE "events" DROP COLUMN "social_x_enabled";
  ALTER TABLE "events" DROP COLUMN "social_x_text";
  ALTER TABLE "events" DROP COLUMN "social_x_image_id";
  ALTER TABLE "events" DROP COLUMN "social_x_scheduled_at";
  ALTER TABLE "events" DROP COLUMN "social_facebook_enabled";
  ALTER TABLE "events" DROP COLUMN "social_facebook_text";
  ALTER TABLE "events" DROP COLUMN "social_facebook_image_id";
  ALTER TABLE "events" DROP COLUMN "social_facebook_scheduled_at";
  ALTER TABLE "events" DROP COLUMN "social_linkedin_enabled";
  ALTER TABLE "events" DROP COLUMN "social_linkedin_text";
  ALTER TABLE "events" DROP COLUMN "social_linkedin_image_id";
  ALTER TABLE "events" DROP COLUMN "social_linkedin_scheduled_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_x_enabled";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_x_text";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_x_image_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_x_scheduled_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_facebook_enabled";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_facebook_text";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_facebook_image_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_facebook_scheduled_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_linkedin_enabled";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_linkedin_text";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_linkedin_image_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_social_linkedin_scheduled_at";
  ALTER TABLE "dossiers" DROP COLUMN "social_x_enabled";
  ALTER TABLE "dossiers" DROP COLUMN "social_x_text";
  ALTER TABLE "dossiers" DROP COLUMN "social_x_image_id";
  ALTER TABLE "dossiers" DROP COLUMN "social_x_scheduled_at";
  ALTER TABLE "dossiers" DROP COLUMN "social_facebook_enabled";
  ALTER TABLE "dossiers" DROP COLUMN "social_facebook_text";
  ALTER TABLE "dossiers" DROP COLUMN "social_facebook_image_id";
  ALTER TABLE "dossiers" DROP COLUMN "social_facebook_scheduled_at";
  ALTER TABLE "dossiers" DROP COLUMN "social_linkedin_enabled";
  ALTER TABLE "dossiers" DROP COLUMN "social_linkedin_text";
  ALTER TABLE "dossiers" DROP COLUMN "social_linkedin_image_id";
  ALTER TABLE "dossiers" DROP COLUMN "social_linkedin_scheduled_at";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_x_enabled";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_x_text";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_x_image_id";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_x_scheduled_at";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_facebook_enabled";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_facebook_text";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_facebook_image_id";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_facebook_scheduled_at";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_linkedin_enabled";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_linkedin_text";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_linkedin_image_id";
  ALTER TABLE "_dossiers_v" DROP COLUMN "version_social_linkedin_scheduled_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "destinations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliveries_id";
  DROP TYPE "public"."enum_destinations_collections";
  DROP TYPE "public"."enum_destinations_kind";
  DROP TYPE "public"."enum_deliveries_event";
  DROP TYPE "public"."enum_deliveries_network";
  DROP TYPE "public"."enum_deliveries_status";`)
}
