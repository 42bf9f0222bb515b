import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`destinations_collections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`destinations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`destinations_collections_order_idx\` ON \`destinations_collections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`destinations_collections_parent_idx\` ON \`destinations_collections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`destinations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text,
  	\`secret_set_at\` text,
  	\`previous_secret\` text,
  	\`previous_secret_expires_at\` text,
  	\`accounts_x\` text,
  	\`accounts_facebook\` text,
  	\`accounts_linkedin\` text,
  	\`enabled\` integer DEFAULT true,
  	\`disabled_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`destinations_updated_at_idx\` ON \`destinations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`destinations_created_at_idx\` ON \`destinations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`destinations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`destinations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`destinations_rels_order_idx\` ON \`destinations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`destinations_rels_parent_idx\` ON \`destinations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`destinations_rels_path_idx\` ON \`destinations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`destinations_rels_topics_id_idx\` ON \`destinations_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`deliveries_attempts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`status_code\` numeric,
  	\`outcome\` text,
  	\`message\` text,
  	\`duration_ms\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_attempts_order_idx\` ON \`deliveries_attempts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_attempts_parent_id_idx\` ON \`deliveries_attempts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`destination_id\` integer NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_title\` text,
  	\`event\` text NOT NULL,
  	\`network\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`last_message\` text,
  	\`external_id\` text,
  	\`webhook_id\` text NOT NULL,
  	\`next_attempt_at\` text,
  	\`delivered_at\` text,
  	\`body\` text,
  	\`order_key\` text NOT NULL,
  	\`lease_owner\` text,
  	\`lease_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`destination_id\`) REFERENCES \`destinations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_destination_idx\` ON \`deliveries\` (\`destination_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_status_idx\` ON \`deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_external_id_idx\` ON \`deliveries\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_webhook_id_idx\` ON \`deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_order_key_idx\` ON \`deliveries\` (\`order_key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_nextAttemptAt_idx\` ON \`deliveries\` (\`status\`,\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`itemCollection_itemId_idx\` ON \`deliveries\` (\`item_collection\`,\`item_id\`);`)
  await db.run(sql`CREATE TABLE \`deliveries_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`success_stories_id\`) REFERENCES \`success_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`initiatives_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossiers_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_rels_order_idx\` ON \`deliveries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_parent_idx\` ON \`deliveries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_path_idx\` ON \`deliveries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_articles_id_idx\` ON \`deliveries_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_success_stories_id_idx\` ON \`deliveries_rels\` (\`success_stories_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_initiatives_id_idx\` ON \`deliveries_rels\` (\`initiatives_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_faqs_id_idx\` ON \`deliveries_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_guides_id_idx\` ON \`deliveries_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_events_id_idx\` ON \`deliveries_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_dossiers_id_idx\` ON \`deliveries_rels\` (\`dossiers_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_social_x_social_x_image_idx\` ON \`articles\` (\`social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_social_facebook_social_facebook_image_idx\` ON \`articles\` (\`social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_social_linkedin_social_linkedin_image_idx\` ON \`articles\` (\`social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_social_x_version_social_x_image_idx\` ON \`_articles_v\` (\`version_social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_social_facebook_version_social_faceb_idx\` ON \`_articles_v\` (\`version_social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_social_linkedin_version_social_linke_idx\` ON \`_articles_v\` (\`version_social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`success_stories\` ADD \`social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`success_stories_social_x_social_x_image_idx\` ON \`success_stories\` (\`social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_social_facebook_social_facebook_image_idx\` ON \`success_stories\` (\`social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_social_linkedin_social_linkedin_image_idx\` ON \`success_stories\` (\`social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_success_stories_v\` ADD \`version_social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_social_x_version_social_x_ima_idx\` ON \`_success_stories_v\` (\`version_social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_social_facebook_version_socia_idx\` ON \`_success_stories_v\` (\`version_social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_social_linkedin_version_socia_idx\` ON \`_success_stories_v\` (\`version_social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`initiatives_social_x_social_x_image_idx\` ON \`initiatives\` (\`social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_social_facebook_social_facebook_image_idx\` ON \`initiatives\` (\`social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_social_linkedin_social_linkedin_image_idx\` ON \`initiatives\` (\`social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` ADD \`version_social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_social_x_version_social_x_image_idx\` ON \`_initiatives_v\` (\`version_social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_social_facebook_version_social_fa_idx\` ON \`_initiatives_v\` (\`version_social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_social_linkedin_version_social_li_idx\` ON \`_initiatives_v\` (\`version_social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`faqs_social_x_social_x_image_idx\` ON \`faqs\` (\`social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_social_facebook_social_facebook_image_idx\` ON \`faqs\` (\`social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_social_linkedin_social_linkedin_image_idx\` ON \`faqs\` (\`social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_social_x_version_social_x_image_idx\` ON \`_faqs_v\` (\`version_social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_social_facebook_version_social_facebook__idx\` ON \`_faqs_v\` (\`version_social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_social_linkedin_version_social_linkedin__idx\` ON \`_faqs_v\` (\`version_social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`guides_social_x_social_x_image_idx\` ON \`guides\` (\`social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_social_facebook_social_facebook_image_idx\` ON \`guides\` (\`social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_social_linkedin_social_linkedin_image_idx\` ON \`guides\` (\`social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_social_x_version_social_x_image_idx\` ON \`_guides_v\` (\`version_social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_social_facebook_version_social_faceboo_idx\` ON \`_guides_v\` (\`version_social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_social_linkedin_version_social_linkedi_idx\` ON \`_guides_v\` (\`version_social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_social_x_social_x_image_idx\` ON \`events\` (\`social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_social_facebook_social_facebook_image_idx\` ON \`events\` (\`social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_social_linkedin_social_linkedin_image_idx\` ON \`events\` (\`social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_social_x_version_social_x_image_idx\` ON \`_events_v\` (\`version_social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_social_facebook_version_social_faceboo_idx\` ON \`_events_v\` (\`version_social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_social_linkedin_version_social_linkedi_idx\` ON \`_events_v\` (\`version_social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`dossiers\` ADD \`social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`dossiers_social_x_social_x_image_idx\` ON \`dossiers\` (\`social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_social_facebook_social_facebook_image_idx\` ON \`dossiers\` (\`social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_social_linkedin_social_linkedin_image_idx\` ON \`dossiers\` (\`social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_x_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_x_text\` text;`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_x_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_x_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_facebook_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_facebook_text\` text;`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_facebook_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_facebook_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_linkedin_enabled\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_linkedin_text\` text;`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_linkedin_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_dossiers_v\` ADD \`version_social_linkedin_scheduled_at\` text;`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_social_x_version_social_x_image_idx\` ON \`_dossiers_v\` (\`version_social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_social_facebook_version_social_faceb_idx\` ON \`_dossiers_v\` (\`version_social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_social_linkedin_version_social_linke_idx\` ON \`_dossiers_v\` (\`version_social_linkedin_image_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`destinations_id\` integer REFERENCES destinations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`deliveries_id\` integer REFERENCES deliveries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_destinations_id_idx\` ON \`payload_locked_documents_rels\` (\`destinations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`destinations_collections\`;`)
  await db.run(sql`DROP TABLE \`destinations\`;`)
  await db.run(sql`DROP TABLE \`destinations_rels\`;`)
  await db.run(sql`DROP TABLE \`deliveries_attempts\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`deliveries_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`format\` text DEFAULT 'decryptage',
  	\`hero_image_id\` integer,
  	\`territory\` text DEFAULT 'national',
  	\`sponsor_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`embargo_until\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sponsor_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "format", "hero_image_id", "territory", "sponsor_id", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "format", "hero_image_id", "territory", "sponsor_id", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_sponsor_idx\` ON \`articles\` (\`sponsor_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_status_idx\` ON \`articles\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_embargo_until_idx\` ON \`articles\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_embargoUntil_idx\` ON \`articles\` (\`_status\`,\`embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_format\` text DEFAULT 'decryptage',
  	\`version_hero_image_id\` integer,
  	\`version_territory\` text DEFAULT 'national',
  	\`version_sponsor_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_embargo_until\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_sponsor_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_format", "version_hero_image_id", "version_territory", "version_sponsor_id", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_format", "version_hero_image_id", "version_territory", "version_sponsor_id", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_sponsor_idx\` ON \`_articles_v\` (\`version_sponsor_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_status_idx\` ON \`_articles_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_embargo_until_idx\` ON \`_articles_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_embargoUntil_idx\` ON \`_articles_v\` (\`version__status\`,\`version_embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`__new_success_stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`company_name\` text,
  	\`territory_region\` text,
  	\`territory_department_code\` text,
  	\`logo_id\` integer,
  	\`quote_person\` text,
  	\`chamber_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`embargo_until\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`chamber_id\`) REFERENCES \`chambers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_success_stories\`("id", "company_name", "territory_region", "territory_department_code", "logo_id", "quote_person", "chamber_id", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "company_name", "territory_region", "territory_department_code", "logo_id", "quote_person", "chamber_id", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status" FROM \`success_stories\`;`)
  await db.run(sql`DROP TABLE \`success_stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_success_stories\` RENAME TO \`success_stories\`;`)
  await db.run(sql`CREATE INDEX \`success_stories_logo_idx\` ON \`success_stories\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_chamber_idx\` ON \`success_stories\` (\`chamber_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`success_stories_slug_idx\` ON \`success_stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_published_at_idx\` ON \`success_stories\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_workflow_status_idx\` ON \`success_stories\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_embargo_until_idx\` ON \`success_stories\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_created_by_idx\` ON \`success_stories\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_updated_at_idx\` ON \`success_stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`success_stories_created_at_idx\` ON \`success_stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`success_stories__status_idx\` ON \`success_stories\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_1_idx\` ON \`success_stories\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_embargoUntil_1_idx\` ON \`success_stories\` (\`_status\`,\`embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`__new__success_stories_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_company_name\` text,
  	\`version_territory_region\` text,
  	\`version_territory_department_code\` text,
  	\`version_logo_id\` integer,
  	\`version_quote_person\` text,
  	\`version_chamber_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_embargo_until\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`success_stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_chamber_id\`) REFERENCES \`chambers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__success_stories_v\`("id", "parent_id", "version_company_name", "version_territory_region", "version_territory_department_code", "version_logo_id", "version_quote_person", "version_chamber_id", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_company_name", "version_territory_region", "version_territory_department_code", "version_logo_id", "version_quote_person", "version_chamber_id", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_success_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_success_stories_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__success_stories_v\` RENAME TO \`_success_stories_v\`;`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_parent_idx\` ON \`_success_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_version_logo_idx\` ON \`_success_stories_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_version_chamber_idx\` ON \`_success_stories_v\` (\`version_chamber_id\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_version_slug_idx\` ON \`_success_stories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_version_published_at_idx\` ON \`_success_stories_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_version_workflow_status_idx\` ON \`_success_stories_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_version_embargo_until_idx\` ON \`_success_stories_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_version_created_by_idx\` ON \`_success_stories_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_version_updated_at_idx\` ON \`_success_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_version_created_at_idx\` ON \`_success_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_version_version__status_idx\` ON \`_success_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_created_at_idx\` ON \`_success_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_updated_at_idx\` ON \`_success_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_snapshot_idx\` ON \`_success_stories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_published_locale_idx\` ON \`_success_stories_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_latest_idx\` ON \`_success_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_success_stories_v_autosave_idx\` ON \`_success_stories_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_1_idx\` ON \`_success_stories_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_embargoUntil_1_idx\` ON \`_success_stories_v\` (\`version__status\`,\`version_embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`__new_initiatives\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`lead_chamber_id\` integer,
  	\`adoption_count\` numeric DEFAULT 0,
  	\`kind\` text,
  	\`url\` text,
  	\`launch_date\` text,
  	\`territory\` text DEFAULT 'national',
  	\`state\` text DEFAULT 'active',
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`embargo_until\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`lead_chamber_id\`) REFERENCES \`chambers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_initiatives\`("id", "lead_chamber_id", "adoption_count", "kind", "url", "launch_date", "territory", "state", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "lead_chamber_id", "adoption_count", "kind", "url", "launch_date", "territory", "state", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status" FROM \`initiatives\`;`)
  await db.run(sql`DROP TABLE \`initiatives\`;`)
  await db.run(sql`ALTER TABLE \`__new_initiatives\` RENAME TO \`initiatives\`;`)
  await db.run(sql`CREATE INDEX \`initiatives_lead_chamber_idx\` ON \`initiatives\` (\`lead_chamber_id\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_adoption_count_idx\` ON \`initiatives\` (\`adoption_count\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`initiatives_slug_idx\` ON \`initiatives\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_published_at_idx\` ON \`initiatives\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_workflow_status_idx\` ON \`initiatives\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_embargo_until_idx\` ON \`initiatives\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_created_by_idx\` ON \`initiatives\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_updated_at_idx\` ON \`initiatives\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_created_at_idx\` ON \`initiatives\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`initiatives__status_idx\` ON \`initiatives\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_2_idx\` ON \`initiatives\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_embargoUntil_2_idx\` ON \`initiatives\` (\`_status\`,\`embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`__new__initiatives_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_lead_chamber_id\` integer,
  	\`version_adoption_count\` numeric DEFAULT 0,
  	\`version_kind\` text,
  	\`version_url\` text,
  	\`version_launch_date\` text,
  	\`version_territory\` text DEFAULT 'national',
  	\`version_state\` text DEFAULT 'active',
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_embargo_until\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_lead_chamber_id\`) REFERENCES \`chambers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__initiatives_v\`("id", "parent_id", "version_lead_chamber_id", "version_adoption_count", "version_kind", "version_url", "version_launch_date", "version_territory", "version_state", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_lead_chamber_id", "version_adoption_count", "version_kind", "version_url", "version_launch_date", "version_territory", "version_state", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_initiatives_v\`;`)
  await db.run(sql`DROP TABLE \`_initiatives_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__initiatives_v\` RENAME TO \`_initiatives_v\`;`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_parent_idx\` ON \`_initiatives_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_version_lead_chamber_idx\` ON \`_initiatives_v\` (\`version_lead_chamber_id\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_version_adoption_count_idx\` ON \`_initiatives_v\` (\`version_adoption_count\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_version_slug_idx\` ON \`_initiatives_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_version_published_at_idx\` ON \`_initiatives_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_version_workflow_status_idx\` ON \`_initiatives_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_version_embargo_until_idx\` ON \`_initiatives_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_version_created_by_idx\` ON \`_initiatives_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_version_updated_at_idx\` ON \`_initiatives_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_version_created_at_idx\` ON \`_initiatives_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_version_version__status_idx\` ON \`_initiatives_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_created_at_idx\` ON \`_initiatives_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_updated_at_idx\` ON \`_initiatives_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_snapshot_idx\` ON \`_initiatives_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_published_locale_idx\` ON \`_initiatives_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_latest_idx\` ON \`_initiatives_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_initiatives_v_autosave_idx\` ON \`_initiatives_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_2_idx\` ON \`_initiatives_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_embargoUntil_2_idx\` ON \`_initiatives_v\` (\`version__status\`,\`version_embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`__new_faqs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`last_reviewed_at\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`embargo_until\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_faqs\`("id", "order", "last_reviewed_at", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "order", "last_reviewed_at", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status" FROM \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`ALTER TABLE \`__new_faqs\` RENAME TO \`faqs\`;`)
  await db.run(sql`CREATE INDEX \`faqs_order_idx\` ON \`faqs\` (\`order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`faqs_slug_idx\` ON \`faqs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`faqs_published_at_idx\` ON \`faqs\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_workflow_status_idx\` ON \`faqs\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`faqs_embargo_until_idx\` ON \`faqs\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_by_idx\` ON \`faqs\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_3_idx\` ON \`faqs\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_embargoUntil_3_idx\` ON \`faqs\` (\`_status\`,\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_status_order_idx\` ON \`faqs\` (\`_status\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`__new__faqs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_last_reviewed_at\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_embargo_until\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__faqs_v\`("id", "parent_id", "version_order", "version_last_reviewed_at", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_order", "version_last_reviewed_at", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__faqs_v\` RENAME TO \`_faqs_v\`;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_order_idx\` ON \`_faqs_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_slug_idx\` ON \`_faqs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_published_at_idx\` ON \`_faqs_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_workflow_status_idx\` ON \`_faqs_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_embargo_until_idx\` ON \`_faqs_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_by_idx\` ON \`_faqs_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_snapshot_idx\` ON \`_faqs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_published_locale_idx\` ON \`_faqs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_autosave_idx\` ON \`_faqs_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_3_idx\` ON \`_faqs_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_embargoUntil_3_idx\` ON \`_faqs_v\` (\`version__status\`,\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_order_idx\` ON \`_faqs_v\` (\`version__status\`,\`version_order\`);`)
  await db.run(sql`CREATE TABLE \`__new_guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`review_due_at\` text,
  	\`last_reviewed_at\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`embargo_until\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_guides\`("id", "review_due_at", "last_reviewed_at", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "review_due_at", "last_reviewed_at", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status" FROM \`guides\`;`)
  await db.run(sql`DROP TABLE \`guides\`;`)
  await db.run(sql`ALTER TABLE \`__new_guides\` RENAME TO \`guides\`;`)
  await db.run(sql`CREATE INDEX \`guides_review_due_at_idx\` ON \`guides\` (\`review_due_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_slug_idx\` ON \`guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guides_published_at_idx\` ON \`guides\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_workflow_status_idx\` ON \`guides\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`guides_embargo_until_idx\` ON \`guides\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`guides_created_by_idx\` ON \`guides\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_updated_at_idx\` ON \`guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_created_at_idx\` ON \`guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_4_idx\` ON \`guides\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_embargoUntil_4_idx\` ON \`guides\` (\`_status\`,\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_status_reviewDueAt_idx\` ON \`guides\` (\`_status\`,\`review_due_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_review_due_at\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_embargo_until\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__guides_v\`("id", "parent_id", "version_review_due_at", "version_last_reviewed_at", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_review_due_at", "version_last_reviewed_at", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__guides_v\` RENAME TO \`_guides_v\`;`)
  await db.run(sql`CREATE INDEX \`_guides_v_parent_idx\` ON \`_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_review_due_at_idx\` ON \`_guides_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_slug_idx\` ON \`_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_published_at_idx\` ON \`_guides_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_workflow_status_idx\` ON \`_guides_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_embargo_until_idx\` ON \`_guides_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_created_by_idx\` ON \`_guides_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_updated_at_idx\` ON \`_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_created_at_idx\` ON \`_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_created_at_idx\` ON \`_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_updated_at_idx\` ON \`_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_snapshot_idx\` ON \`_guides_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_published_locale_idx\` ON \`_guides_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_latest_idx\` ON \`_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_autosave_idx\` ON \`_guides_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_4_idx\` ON \`_guides_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_embargoUntil_4_idx\` ON \`_guides_v\` (\`version__status\`,\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_reviewDueAt_idx\` ON \`_guides_v\` (\`version__status\`,\`version_review_due_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'webinar',
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`organiser_id\` integer,
  	\`registration_url\` text,
  	\`replay_url\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`embargo_until\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organiser_id\`) REFERENCES \`chambers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "kind", "starts_at", "ends_at", "organiser_id", "registration_url", "replay_url", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "kind", "starts_at", "ends_at", "organiser_id", "registration_url", "replay_url", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_organiser_idx\` ON \`events\` (\`organiser_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_published_at_idx\` ON \`events\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_status_idx\` ON \`events\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`events_embargo_until_idx\` ON \`events\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`events_created_by_idx\` ON \`events\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_5_idx\` ON \`events\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_embargoUntil_5_idx\` ON \`events\` (\`_status\`,\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_status_startsAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'webinar',
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_organiser_id\` integer,
  	\`version_registration_url\` text,
  	\`version_replay_url\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_embargo_until\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organiser_id\`) REFERENCES \`chambers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_kind", "version_starts_at", "version_ends_at", "version_organiser_id", "version_registration_url", "version_replay_url", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_kind", "version_starts_at", "version_ends_at", "version_organiser_id", "version_registration_url", "version_replay_url", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_organiser_idx\` ON \`_events_v\` (\`version_organiser_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_published_at_idx\` ON \`_events_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_workflow_status_idx\` ON \`_events_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_embargo_until_idx\` ON \`_events_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_by_idx\` ON \`_events_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_5_idx\` ON \`_events_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_embargoUntil_5_idx\` ON \`_events_v\` (\`version__status\`,\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_startsAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_dossiers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phase\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`embargo_until\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_dossiers\`("id", "phase", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "phase", "slug", "published_at", "workflow_status", "review_note", "embargo_until", "created_by_id", "updated_at", "created_at", "_status" FROM \`dossiers\`;`)
  await db.run(sql`DROP TABLE \`dossiers\`;`)
  await db.run(sql`ALTER TABLE \`__new_dossiers\` RENAME TO \`dossiers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`dossiers_slug_idx\` ON \`dossiers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_published_at_idx\` ON \`dossiers\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_workflow_status_idx\` ON \`dossiers\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_embargo_until_idx\` ON \`dossiers\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_created_by_idx\` ON \`dossiers\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_updated_at_idx\` ON \`dossiers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers_created_at_idx\` ON \`dossiers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`dossiers__status_idx\` ON \`dossiers\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_6_idx\` ON \`dossiers\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_embargoUntil_6_idx\` ON \`dossiers\` (\`_status\`,\`embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`__new__dossiers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_phase\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_embargo_until\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__dossiers_v\`("id", "parent_id", "version_phase", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_phase", "version_slug", "version_published_at", "version_workflow_status", "version_review_note", "version_embargo_until", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_dossiers_v\`;`)
  await db.run(sql`DROP TABLE \`_dossiers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__dossiers_v\` RENAME TO \`_dossiers_v\`;`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_parent_idx\` ON \`_dossiers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_slug_idx\` ON \`_dossiers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_published_at_idx\` ON \`_dossiers_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_workflow_status_idx\` ON \`_dossiers_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_embargo_until_idx\` ON \`_dossiers_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_created_by_idx\` ON \`_dossiers_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_updated_at_idx\` ON \`_dossiers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version_created_at_idx\` ON \`_dossiers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_version_version__status_idx\` ON \`_dossiers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_created_at_idx\` ON \`_dossiers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_updated_at_idx\` ON \`_dossiers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_snapshot_idx\` ON \`_dossiers_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_published_locale_idx\` ON \`_dossiers_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_latest_idx\` ON \`_dossiers_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_dossiers_v_autosave_idx\` ON \`_dossiers_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_6_idx\` ON \`_dossiers_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_embargoUntil_6_idx\` ON \`_dossiers_v\` (\`version__status\`,\`version_embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`topics_id\` integer,
  	\`chambers_id\` integer,
  	\`partners_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`subjects_id\` integer,
  	\`editorial_meetings_id\` integer,
  	\`comments_id\` integer,
  	\`questions_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`success_stories_id\`) REFERENCES \`success_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`initiatives_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossiers_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`chambers_id\`) REFERENCES \`chambers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subjects_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editorial_meetings_id\`) REFERENCES \`editorial_meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id", "chambers_id", "partners_id", "media_id", "users_id", "audit_log_id", "subjects_id", "editorial_meetings_id", "comments_id", "questions_id", "search_id") SELECT "id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id", "chambers_id", "partners_id", "media_id", "users_id", "audit_log_id", "subjects_id", "editorial_meetings_id", "comments_id", "questions_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_success_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`success_stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_initiatives_id_idx\` ON \`payload_locked_documents_rels\` (\`initiatives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dossiers_id_idx\` ON \`payload_locked_documents_rels\` (\`dossiers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_chambers_id_idx\` ON \`payload_locked_documents_rels\` (\`chambers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subjects_id_idx\` ON \`payload_locked_documents_rels\` (\`subjects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editorial_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
}
