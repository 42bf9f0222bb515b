import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_audiences" AS ENUM('entrepreneurs', 'business-owners', 'individuals', 'institutions');
  CREATE TABLE "search_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_search_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "search" ADD COLUMN "doc_type" varchar;
  ALTER TABLE "search" ADD COLUMN "doc_id" varchar;
  ALTER TABLE "search" ADD COLUMN "image_id" integer;
  ALTER TABLE "search" ADD COLUMN "territory" varchar;
  ALTER TABLE "search" ADD COLUMN "sponsored" boolean DEFAULT false;
  ALTER TABLE "search_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "search_audiences" ADD CONSTRAINT "search_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_audiences_order_idx" ON "search_audiences" USING btree ("order");
  CREATE INDEX "search_audiences_parent_idx" ON "search_audiences" USING btree ("parent_id");
  CREATE INDEX "search_audiences_value_idx" ON "search_audiences" USING btree ("value");
  ALTER TABLE "search" ADD CONSTRAINT "search_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_sources_locales_parent_idx" ON "articles_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "articles_audiences_value_idx" ON "articles_audiences" USING btree ("value");
  CREATE INDEX "_status_publishedAt_idx" ON "articles" USING btree ("_status","published_at");
  CREATE INDEX "articles_locales_parent_idx" ON "articles_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_sources_locales_parent_idx" ON "_articles_v_version_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_audiences_value_idx" ON "_articles_v_version_audiences" USING btree ("value");
  CREATE INDEX "version__status_version_publishedAt_idx" ON "_articles_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "_articles_v_locales_parent_idx" ON "_articles_v_locales" USING btree ("_parent_id");
  CREATE INDEX "success_stories_solidarity_actions_locales_parent_idx" ON "success_stories_solidarity_actions_locales" USING btree ("_parent_id");
  CREATE INDEX "success_stories_links_locales_parent_idx" ON "success_stories_links_locales" USING btree ("_parent_id");
  CREATE INDEX "success_stories_audiences_value_idx" ON "success_stories_audiences" USING btree ("value");
  CREATE INDEX "_status_publishedAt_1_idx" ON "success_stories" USING btree ("_status","published_at");
  CREATE INDEX "success_stories_locales_parent_idx" ON "success_stories_locales" USING btree ("_parent_id");
  CREATE INDEX "_success_stories_v_version_solidarity_actions_locales_parent_idx" ON "_success_stories_v_version_solidarity_actions_locales" USING btree ("_parent_id");
  CREATE INDEX "_success_stories_v_version_links_locales_parent_idx" ON "_success_stories_v_version_links_locales" USING btree ("_parent_id");
  CREATE INDEX "_success_stories_v_version_audiences_value_idx" ON "_success_stories_v_version_audiences" USING btree ("value");
  CREATE INDEX "version__status_version_publishedAt_1_idx" ON "_success_stories_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "_success_stories_v_locales_parent_idx" ON "_success_stories_v_locales" USING btree ("_parent_id");
  CREATE INDEX "initiatives_audiences_value_idx" ON "initiatives_audiences" USING btree ("value");
  CREATE INDEX "_status_publishedAt_2_idx" ON "initiatives" USING btree ("_status","published_at");
  CREATE INDEX "initiatives_locales_parent_idx" ON "initiatives_locales" USING btree ("_parent_id");
  CREATE INDEX "_initiatives_v_version_audiences_value_idx" ON "_initiatives_v_version_audiences" USING btree ("value");
  CREATE INDEX "version__status_version_publishedAt_2_idx" ON "_initiatives_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "_initiatives_v_locales_parent_idx" ON "_initiatives_v_locales" USING btree ("_parent_id");
  CREATE INDEX "faqs_audiences_value_idx" ON "faqs_audiences" USING btree ("value");
  CREATE INDEX "_status_publishedAt_3_idx" ON "faqs" USING btree ("_status","published_at");
  CREATE INDEX "_status_order_idx" ON "faqs" USING btree ("_status","order");
  CREATE INDEX "faqs_locales_parent_idx" ON "faqs_locales" USING btree ("_parent_id");
  CREATE INDEX "_faqs_v_version_audiences_value_idx" ON "_faqs_v_version_audiences" USING btree ("value");
  CREATE INDEX "version__status_version_publishedAt_3_idx" ON "_faqs_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "version__status_version_order_idx" ON "_faqs_v" USING btree ("version__status","version_order");
  CREATE INDEX "_faqs_v_locales_parent_idx" ON "_faqs_v_locales" USING btree ("_parent_id");
  CREATE INDEX "guides_legal_references_locales_parent_idx" ON "guides_legal_references_locales" USING btree ("_parent_id");
  CREATE INDEX "guides_audiences_value_idx" ON "guides_audiences" USING btree ("value");
  CREATE INDEX "_status_publishedAt_4_idx" ON "guides" USING btree ("_status","published_at");
  CREATE INDEX "_status_reviewDueAt_idx" ON "guides" USING btree ("_status","review_due_at");
  CREATE INDEX "guides_locales_parent_idx" ON "guides_locales" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_legal_references_locales_parent_idx" ON "_guides_v_version_legal_references_locales" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_audiences_value_idx" ON "_guides_v_version_audiences" USING btree ("value");
  CREATE INDEX "version__status_version_publishedAt_4_idx" ON "_guides_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "version__status_version_reviewDueAt_idx" ON "_guides_v" USING btree ("version__status","version_review_due_at");
  CREATE INDEX "_guides_v_locales_parent_idx" ON "_guides_v_locales" USING btree ("_parent_id");
  CREATE INDEX "events_speakers_locales_parent_idx" ON "events_speakers_locales" USING btree ("_parent_id");
  CREATE INDEX "events_audiences_value_idx" ON "events_audiences" USING btree ("value");
  CREATE INDEX "_status_publishedAt_5_idx" ON "events" USING btree ("_status","published_at");
  CREATE INDEX "_status_startsAt_idx" ON "events" USING btree ("_status","starts_at");
  CREATE INDEX "events_locales_parent_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_speakers_locales_parent_idx" ON "_events_v_version_speakers_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_audiences_value_idx" ON "_events_v_version_audiences" USING btree ("value");
  CREATE INDEX "version__status_version_publishedAt_5_idx" ON "_events_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "version__status_version_startsAt_idx" ON "_events_v" USING btree ("version__status","version_starts_at");
  CREATE INDEX "_events_v_locales_parent_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "dossiers_audiences_value_idx" ON "dossiers_audiences" USING btree ("value");
  CREATE INDEX "_status_publishedAt_6_idx" ON "dossiers" USING btree ("_status","published_at");
  CREATE INDEX "dossiers_locales_parent_idx" ON "dossiers_locales" USING btree ("_parent_id");
  CREATE INDEX "_dossiers_v_version_audiences_value_idx" ON "_dossiers_v_version_audiences" USING btree ("value");
  CREATE INDEX "version__status_version_publishedAt_6_idx" ON "_dossiers_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "_dossiers_v_locales_parent_idx" ON "_dossiers_v_locales" USING btree ("_parent_id");
  CREATE INDEX "topics_locales_parent_idx" ON "topics_locales" USING btree ("_parent_id");
  CREATE INDEX "chambers_locales_parent_idx" ON "chambers_locales" USING btree ("_parent_id");
  CREATE INDEX "search_published_at_idx" ON "search" USING btree ("published_at");
  CREATE INDEX "search_doc_type_idx" ON "search" USING btree ("doc_type");
  CREATE INDEX "search_image_idx" ON "search" USING btree ("image_id");
  CREATE INDEX "search_territory_idx" ON "search" USING btree ("territory");
  CREATE INDEX "publishedAt_docType_docId_idx" ON "search" USING btree ("published_at","doc_type","doc_id");
  CREATE INDEX "search_locales_parent_idx" ON "search_locales" USING btree ("_parent_id");
  CREATE INDEX "search_rels_topics_id_idx" ON "search_rels" USING btree ("topics_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_audiences" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_audiences" CASCADE;
  ALTER TABLE "search" DROP CONSTRAINT "search_image_id_media_id_fk";
  
  ALTER TABLE "search_rels" DROP CONSTRAINT "search_rels_topics_fk";
  
  DROP INDEX "articles_sources_locales_parent_idx";
  DROP INDEX "articles_audiences_value_idx";
  DROP INDEX "_status_publishedAt_idx";
  DROP INDEX "articles_locales_parent_idx";
  DROP INDEX "_articles_v_version_sources_locales_parent_idx";
  DROP INDEX "_articles_v_version_audiences_value_idx";
  DROP INDEX "version__status_version_publishedAt_idx";
  DROP INDEX "_articles_v_locales_parent_idx";
  DROP INDEX "success_stories_solidarity_actions_locales_parent_idx";
  DROP INDEX "success_stories_links_locales_parent_idx";
  DROP INDEX "success_stories_audiences_value_idx";
  DROP INDEX "_status_publishedAt_1_idx";
  DROP INDEX "success_stories_locales_parent_idx";
  DROP INDEX "_success_stories_v_version_solidarity_actions_locales_parent_idx";
  DROP INDEX "_success_stories_v_version_links_locales_parent_idx";
  DROP INDEX "_success_stories_v_version_audiences_value_idx";
  DROP INDEX "version__status_version_publishedAt_1_idx";
  DROP INDEX "_success_stories_v_locales_parent_idx";
  DROP INDEX "initiatives_audiences_value_idx";
  DROP INDEX "_status_publishedAt_2_idx";
  DROP INDEX "initiatives_locales_parent_idx";
  DROP INDEX "_initiatives_v_version_audiences_value_idx";
  DROP INDEX "version__status_version_publishedAt_2_idx";
  DROP INDEX "_initiatives_v_locales_parent_idx";
  DROP INDEX "faqs_audiences_value_idx";
  DROP INDEX "_status_publishedAt_3_idx";
  DROP INDEX "_status_order_idx";
  DROP INDEX "faqs_locales_parent_idx";
  DROP INDEX "_faqs_v_version_audiences_value_idx";
  DROP INDEX "version__status_version_publishedAt_3_idx";
  DROP INDEX "version__status_version_order_idx";
  DROP INDEX "_faqs_v_locales_parent_idx";
  DROP INDEX "guides_legal_references_locales_parent_idx";
  DROP INDEX "guides_audiences_value_idx";
  DROP INDEX "_status_publishedAt_4_idx";
  DROP INDEX "_status_reviewDueAt_idx";
  DROP INDEX "guides_locales_parent_idx";
  DROP INDEX "_guides_v_version_legal_references_locales_parent_idx";
  DROP INDEX "_guides_v_version_audiences_value_idx";
  DROP INDEX "version__status_version_publishedAt_4_idx";
  DROP INDEX "version__status_version_reviewDueAt_idx";
  DROP INDEX "_guides_v_locales_parent_idx";
  DROP INDEX "events_speakers_locales_parent_idx";
  DROP INDEX "events_audiences_value_idx";
  DROP INDEX "_status_publishedAt_5_idx";
  DROP INDEX "_status_startsAt_idx";
  DROP INDEX "events_locales_parent_idx";
  DROP INDEX "_events_v_version_speakers_locales_parent_idx";
  DROP INDEX "_events_v_version_audiences_value_idx";
  DROP INDEX "version__status_version_publishedAt_5_idx";
  DROP INDEX "version__status_version_startsAt_idx";
  DROP INDEX "_events_v_locales_parent_idx";
  DROP INDEX "dossiers_audiences_value_idx";
  DROP INDEX "_status_publishedAt_6_idx";
  DROP INDEX "dossiers_locales_parent_idx";
  DROP INDEX "_dossiers_v_version_audiences_value_idx";
  DROP INDEX "version__status_version_publishedAt_6_idx";
  DROP INDEX "_dossiers_v_locales_parent_idx";
  DROP INDEX "topics_locales_parent_idx";
  DROP INDEX "chambers_locales_parent_idx";
  DROP INDEX "search_published_at_idx";
  DROP INDEX "search_doc_type_idx";
  DROP INDEX "search_image_idx";
  DROP INDEX "search_territory_idx";
  DROP INDEX "publishedAt_docType_docId_idx";
  DROP INDEX "search_locales_parent_idx";
  DROP INDEX "search_rels_topics_id_idx";
  ALTER TABLE "search" DROP COLUMN "doc_type";
  ALTER TABLE "search" DROP COLUMN "doc_id";
  ALTER TABLE "search" DROP COLUMN "image_id";
  ALTER TABLE "search" DROP COLUMN "territory";
  ALTER TABLE "search" DROP COLUMN "sponsored";
  ALTER TABLE "search_rels" DROP COLUMN "topics_id";
  DROP TYPE "public"."enum_search_audiences";`)
}
