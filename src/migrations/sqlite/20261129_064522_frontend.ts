import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_audiences_order_idx\` ON \`search_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_audiences_parent_idx\` ON \`search_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_audiences_value_idx\` ON \`search_audiences\` (\`value\`);`)
  await db.run(sql`ALTER TABLE \`search\` ADD \`doc_type\` text;`)
  await db.run(sql`ALTER TABLE \`search\` ADD \`doc_id\` text;`)
  await db.run(sql`ALTER TABLE \`search\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`search\` ADD \`territory\` text;`)
  await db.run(sql`ALTER TABLE \`search\` ADD \`sponsored\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`search_published_at_idx\` ON \`search\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`search_doc_type_idx\` ON \`search\` (\`doc_type\`);`)
  await db.run(sql`CREATE INDEX \`search_image_idx\` ON \`search\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`search_territory_idx\` ON \`search\` (\`territory\`);`)
  await db.run(sql`CREATE INDEX \`publishedAt_docType_docId_idx\` ON \`search\` (\`published_at\`,\`doc_type\`,\`doc_id\`);`)
  await db.run(sql`ALTER TABLE \`search_rels\` ADD \`topics_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`search_rels_topics_id_idx\` ON \`search_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_sources_locales_parent_idx\` ON \`articles_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_audiences_value_idx\` ON \`articles_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_locales_parent_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_sources_locales_parent_idx\` ON \`_articles_v_version_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_audiences_value_idx\` ON \`_articles_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_solidarity_actions_locales_parent_idx\` ON \`success_stories_solidarity_actions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_links_locales_parent_idx\` ON \`success_stories_links_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_audiences_value_idx\` ON \`success_stories_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_1_idx\` ON \`success_stories\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_locales_parent_idx\` ON \`success_stories_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_solidarity_actions_locales_parent_idx\` ON \`_success_stories_v_version_solidarity_actions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_links_locales_parent_idx\` ON \`_success_stories_v_version_links_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_audiences_value_idx\` ON \`_success_stories_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_1_idx\` ON \`_success_stories_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_locales_parent_idx\` ON \`_success_stories_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_audiences_value_idx\` ON \`initiatives_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_2_idx\` ON \`initiatives\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_locales_parent_idx\` ON \`initiatives_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_audiences_value_idx\` ON \`_initiatives_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_2_idx\` ON \`_initiatives_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_locales_parent_idx\` ON \`_initiatives_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_audiences_value_idx\` ON \`faqs_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_3_idx\` ON \`faqs\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_order_idx\` ON \`faqs\` (\`_status\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_locales_parent_idx\` ON \`faqs_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_audiences_value_idx\` ON \`_faqs_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_3_idx\` ON \`_faqs_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_order_idx\` ON \`_faqs_v\` (\`version__status\`,\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_locales_parent_idx\` ON \`_faqs_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_legal_references_locales_parent_idx\` ON \`guides_legal_references_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_audiences_value_idx\` ON \`guides_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_4_idx\` ON \`guides\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_reviewDueAt_idx\` ON \`guides\` (\`_status\`,\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_locales_parent_idx\` ON \`guides_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_legal_references_locales_parent_idx\` ON \`_guides_v_version_legal_references_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_audiences_value_idx\` ON \`_guides_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_4_idx\` ON \`_guides_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_reviewDueAt_idx\` ON \`_guides_v\` (\`version__status\`,\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_locales_parent_idx\` ON \`_guides_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_speakers_locales_parent_idx\` ON \`events_speakers_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_audiences_value_idx\` ON \`events_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_5_idx\` ON \`events\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_startsAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_speakers_locales_parent_idx\` ON \`_events_v_version_speakers_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_audiences_value_idx\` ON \`_events_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_5_idx\` ON \`_events_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_startsAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_audiences_value_idx\` ON \`dossiers_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_6_idx\` ON \`dossiers\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_locales_parent_idx\` ON \`dossiers_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_audiences_value_idx\` ON \`_dossiers_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_6_idx\` ON \`_dossiers_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_locales_parent_idx\` ON \`_dossiers_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`chambers_locales_parent_idx\` ON \`chambers_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_locales_parent_idx\` ON \`search_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_audiences\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_search\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`priority\` numeric,
  	\`slug\` text,
  	\`published_at\` text,
  	\`embargo_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_search\`("id", "priority", "slug", "published_at", "embargo_until", "updated_at", "created_at") SELECT "id", "priority", "slug", "published_at", "embargo_until", "updated_at", "created_at" FROM \`search\`;`)
  await db.run(sql`DROP TABLE \`search\`;`)
  await db.run(sql`ALTER TABLE \`__new_search\` RENAME TO \`search\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`search_slug_idx\` ON \`search\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`search_embargo_until_idx\` ON \`search\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`search_updated_at_idx\` ON \`search\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_created_at_idx\` ON \`search\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_search_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`success_stories_id\` integer,
  	\`initiatives_id\` integer,
  	\`faqs_id\` integer,
  	\`guides_id\` integer,
  	\`events_id\` integer,
  	\`dossiers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`success_stories_id\`) REFERENCES \`success_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`initiatives_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossiers_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_search_rels\`("id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id") SELECT "id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id" FROM \`search_rels\`;`)
  await db.run(sql`DROP TABLE \`search_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_search_rels\` RENAME TO \`search_rels\`;`)
  await db.run(sql`CREATE INDEX \`search_rels_order_idx\` ON \`search_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_parent_idx\` ON \`search_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_path_idx\` ON \`search_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_articles_id_idx\` ON \`search_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_success_stories_id_idx\` ON \`search_rels\` (\`success_stories_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_initiatives_id_idx\` ON \`search_rels\` (\`initiatives_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_faqs_id_idx\` ON \`search_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_guides_id_idx\` ON \`search_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_events_id_idx\` ON \`search_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_dossiers_id_idx\` ON \`search_rels\` (\`dossiers_id\`);`)
  await db.run(sql`DROP INDEX \`articles_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`success_stories_solidarity_actions_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`success_stories_links_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`success_stories_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`success_stories_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_success_stories_v_version_solidarity_actions_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_success_stories_v_version_links_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_success_stories_v_version_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_success_stories_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`initiatives_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_2_idx\`;`)
  await db.run(sql`DROP INDEX \`initiatives_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_initiatives_v_version_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_initiatives_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`faqs_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_order_idx\`;`)
  await db.run(sql`DROP INDEX \`faqs_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_faqs_v_version_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_3_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_order_idx\`;`)
  await db.run(sql`DROP INDEX \`_faqs_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`guides_legal_references_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`guides_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_4_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_reviewDueAt_idx\`;`)
  await db.run(sql`DROP INDEX \`guides_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_legal_references_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_4_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_reviewDueAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`events_speakers_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`events_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_5_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_startsAt_idx\`;`)
  await db.run(sql`DROP INDEX \`events_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_speakers_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_5_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_startsAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`dossiers_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_6_idx\`;`)
  await db.run(sql`DROP INDEX \`dossiers_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_dossiers_v_version_audiences_value_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_6_idx\`;`)
  await db.run(sql`DROP INDEX \`_dossiers_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`chambers_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`search_locales_parent_idx\`;`)
}
