import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`chambers_services_enabled\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`chambers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`chambers_services_enabled_order_idx\` ON \`chambers_services_enabled\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`chambers_services_enabled_parent_idx\` ON \`chambers_services_enabled\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`businesses_services\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`businesses_services_order_idx\` ON \`businesses_services\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`businesses_services_parent_idx\` ON \`businesses_services\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`businesses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`description\` text,
  	\`address\` text NOT NULL,
  	\`postal_code\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`department_code\` text,
  	\`latitude\` numeric NOT NULL,
  	\`longitude\` numeric NOT NULL,
  	\`hours_monday\` text,
  	\`hours_tuesday\` text,
  	\`hours_wednesday\` text,
  	\`hours_thursday\` text,
  	\`hours_friday\` text,
  	\`hours_saturday\` text,
  	\`hours_sunday\` text,
  	\`phone\` text,
  	\`website\` text,
  	\`public_email\` text,
  	\`owner_email\` text NOT NULL,
  	\`owner_name\` text,
  	\`chamber_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`rejection_reason\` text,
  	\`possible_duplicate_of_id\` integer,
  	\`duplicate_key\` text,
  	\`submitted_at\` text NOT NULL,
  	\`confirmed_at\` text,
  	\`expires_at\` text,
  	\`reminder_for\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`chamber_id\`) REFERENCES \`chambers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`possible_duplicate_of_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`businesses_category_idx\` ON \`businesses\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`businesses_postal_code_idx\` ON \`businesses\` (\`postal_code\`);`)
  await db.run(sql`CREATE INDEX \`businesses_department_code_idx\` ON \`businesses\` (\`department_code\`);`)
  await db.run(sql`CREATE INDEX \`businesses_chamber_idx\` ON \`businesses\` (\`chamber_id\`);`)
  await db.run(sql`CREATE INDEX \`businesses_status_idx\` ON \`businesses\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`businesses_possible_duplicate_of_idx\` ON \`businesses\` (\`possible_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`businesses_duplicate_key_idx\` ON \`businesses\` (\`duplicate_key\`);`)
  await db.run(sql`CREATE INDEX \`businesses_submitted_at_idx\` ON \`businesses\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`businesses_expires_at_idx\` ON \`businesses\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`businesses_updated_at_idx\` ON \`businesses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`businesses_created_at_idx\` ON \`businesses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_expiresAt_latitude_longitude_idx\` ON \`businesses\` (\`status\`,\`expires_at\`,\`latitude\`,\`longitude\`);`)
  await db.run(sql`CREATE TABLE \`aid_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`state\` text DEFAULT 'open' NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`quantity\` text,
  	\`company\` text NOT NULL,
  	\`postal_code\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`department_code\` text,
  	\`latitude\` numeric NOT NULL,
  	\`longitude\` numeric NOT NULL,
  	\`owner_email\` text NOT NULL,
  	\`owner_name\` text,
  	\`chamber_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`rejection_reason\` text,
  	\`possible_duplicate_of_id\` integer,
  	\`duplicate_key\` text,
  	\`submitted_at\` text NOT NULL,
  	\`confirmed_at\` text,
  	\`expires_at\` text,
  	\`reminder_for\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`chamber_id\`) REFERENCES \`chambers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`possible_duplicate_of_id\`) REFERENCES \`aid_posts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`aid_posts_kind_idx\` ON \`aid_posts\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_category_idx\` ON \`aid_posts\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_state_idx\` ON \`aid_posts\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_postal_code_idx\` ON \`aid_posts\` (\`postal_code\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_department_code_idx\` ON \`aid_posts\` (\`department_code\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_chamber_idx\` ON \`aid_posts\` (\`chamber_id\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_status_idx\` ON \`aid_posts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_possible_duplicate_of_idx\` ON \`aid_posts\` (\`possible_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_duplicate_key_idx\` ON \`aid_posts\` (\`duplicate_key\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_submitted_at_idx\` ON \`aid_posts\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_expires_at_idx\` ON \`aid_posts\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_updated_at_idx\` ON \`aid_posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`aid_posts_created_at_idx\` ON \`aid_posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_expiresAt_submittedAt_idx\` ON \`aid_posts\` (\`status\`,\`expires_at\`,\`submitted_at\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_key_figures_order_idx\` ON \`press_releases_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_key_figures_parent_id_idx\` ON \`press_releases_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_key_figures_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_key_figures_locales_locale_parent_id_unique\` ON \`press_releases_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_key_figures_locales_parent_idx\` ON \`press_releases_key_figures_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_audiences_order_idx\` ON \`press_releases_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_audiences_parent_idx\` ON \`press_releases_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_audiences_value_idx\` ON \`press_releases_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`press_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`embargo_until\` text,
  	\`created_by_id\` integer,
  	\`social_x_enabled\` integer DEFAULT true,
  	\`social_x_text\` text,
  	\`social_x_image_id\` integer,
  	\`social_x_scheduled_at\` text,
  	\`social_facebook_enabled\` integer DEFAULT false,
  	\`social_facebook_text\` text,
  	\`social_facebook_image_id\` integer,
  	\`social_facebook_scheduled_at\` text,
  	\`social_linkedin_enabled\` integer DEFAULT true,
  	\`social_linkedin_text\` text,
  	\`social_linkedin_image_id\` integer,
  	\`social_linkedin_scheduled_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`social_x_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`social_facebook_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`social_linkedin_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_slug_idx\` ON \`press_releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_published_at_idx\` ON \`press_releases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_workflow_status_idx\` ON \`press_releases\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_embargo_until_idx\` ON \`press_releases\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_by_idx\` ON \`press_releases\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_social_x_social_x_image_idx\` ON \`press_releases\` (\`social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_social_facebook_social_facebook_image_idx\` ON \`press_releases\` (\`social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_social_linkedin_social_linkedin_image_idx\` ON \`press_releases\` (\`social_linkedin_image_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_updated_at_idx\` ON \`press_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_at_idx\` ON \`press_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_7_idx\` ON \`press_releases\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_embargoUntil_7_idx\` ON \`press_releases\` (\`_status\`,\`embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_meta_meta_image_idx\` ON \`press_releases_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_locales_locale_parent_id_unique\` ON \`press_releases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_locales_parent_idx\` ON \`press_releases_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`articles_id\` integer,
  	\`success_stories_id\` integer,
  	\`initiatives_id\` integer,
  	\`faqs_id\` integer,
  	\`guides_id\` integer,
  	\`events_id\` integer,
  	\`dossiers_id\` integer,
  	\`press_lists_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`success_stories_id\`) REFERENCES \`success_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`initiatives_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossiers_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_lists_id\`) REFERENCES \`press_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_rels_order_idx\` ON \`press_releases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_parent_idx\` ON \`press_releases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_path_idx\` ON \`press_releases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_media_id_idx\` ON \`press_releases_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_users_id_idx\` ON \`press_releases_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_articles_id_idx\` ON \`press_releases_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_success_stories_id_idx\` ON \`press_releases_rels\` (\`success_stories_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_initiatives_id_idx\` ON \`press_releases_rels\` (\`initiatives_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_faqs_id_idx\` ON \`press_releases_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_guides_id_idx\` ON \`press_releases_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_events_id_idx\` ON \`press_releases_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_dossiers_id_idx\` ON \`press_releases_rels\` (\`dossiers_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_press_lists_id_idx\` ON \`press_releases_rels\` (\`press_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_topics_id_idx\` ON \`press_releases_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_key_figures_order_idx\` ON \`_press_releases_v_version_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_key_figures_parent_id_idx\` ON \`_press_releases_v_version_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_key_figures_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v_version_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_press_releases_v_version_key_figures_locales_locale_parent_\` ON \`_press_releases_v_version_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_key_figures_locales_parent_idx\` ON \`_press_releases_v_version_key_figures_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_audiences_order_idx\` ON \`_press_releases_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_audiences_parent_idx\` ON \`_press_releases_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_audiences_value_idx\` ON \`_press_releases_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_embargo_until\` text,
  	\`version_created_by_id\` integer,
  	\`version_social_x_enabled\` integer DEFAULT true,
  	\`version_social_x_text\` text,
  	\`version_social_x_image_id\` integer,
  	\`version_social_x_scheduled_at\` text,
  	\`version_social_facebook_enabled\` integer DEFAULT false,
  	\`version_social_facebook_text\` text,
  	\`version_social_facebook_image_id\` integer,
  	\`version_social_facebook_scheduled_at\` text,
  	\`version_social_linkedin_enabled\` integer DEFAULT true,
  	\`version_social_linkedin_text\` text,
  	\`version_social_linkedin_image_id\` integer,
  	\`version_social_linkedin_scheduled_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_social_x_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_social_facebook_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_social_linkedin_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_parent_idx\` ON \`_press_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_slug_idx\` ON \`_press_releases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_published_at_idx\` ON \`_press_releases_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_workflow_status_idx\` ON \`_press_releases_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_embargo_until_idx\` ON \`_press_releases_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_by_idx\` ON \`_press_releases_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_social_x_version_social_x_imag_idx\` ON \`_press_releases_v\` (\`version_social_x_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_social_facebook_version_social_idx\` ON \`_press_releases_v\` (\`version_social_facebook_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_social_linkedin_version_social_idx\` ON \`_press_releases_v\` (\`version_social_linkedin_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_updated_at_idx\` ON \`_press_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_at_idx\` ON \`_press_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_created_at_idx\` ON \`_press_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_updated_at_idx\` ON \`_press_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_snapshot_idx\` ON \`_press_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_published_locale_idx\` ON \`_press_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_latest_idx\` ON \`_press_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_autosave_idx\` ON \`_press_releases_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_7_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_embargoUntil_7_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_meta_version_meta_image_idx\` ON \`_press_releases_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_press_releases_v_locales_locale_parent_id_unique\` ON \`_press_releases_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_locales_parent_idx\` ON \`_press_releases_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`articles_id\` integer,
  	\`success_stories_id\` integer,
  	\`initiatives_id\` integer,
  	\`faqs_id\` integer,
  	\`guides_id\` integer,
  	\`events_id\` integer,
  	\`dossiers_id\` integer,
  	\`press_lists_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`success_stories_id\`) REFERENCES \`success_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`initiatives_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossiers_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_lists_id\`) REFERENCES \`press_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_order_idx\` ON \`_press_releases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_parent_idx\` ON \`_press_releases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_path_idx\` ON \`_press_releases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_media_id_idx\` ON \`_press_releases_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_users_id_idx\` ON \`_press_releases_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_articles_id_idx\` ON \`_press_releases_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_success_stories_id_idx\` ON \`_press_releases_v_rels\` (\`success_stories_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_initiatives_id_idx\` ON \`_press_releases_v_rels\` (\`initiatives_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_faqs_id_idx\` ON \`_press_releases_v_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_guides_id_idx\` ON \`_press_releases_v_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_events_id_idx\` ON \`_press_releases_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_dossiers_id_idx\` ON \`_press_releases_v_rels\` (\`dossiers_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_press_lists_id_idx\` ON \`_press_releases_v_rels\` (\`press_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_topics_id_idx\` ON \`_press_releases_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`media_contacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`outlet\` text,
  	\`medium\` text,
  	\`beat\` text,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`legal_basis\` text NOT NULL,
  	\`consent_at\` text,
  	\`legitimate_interest_note\` text,
  	\`source\` text,
  	\`opt_out_at\` text,
  	\`opt_out_via\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`media_contacts_outlet_idx\` ON \`media_contacts\` (\`outlet\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_contacts_email_idx\` ON \`media_contacts\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`media_contacts_opt_out_at_idx\` ON \`media_contacts\` (\`opt_out_at\`);`)
  await db.run(sql`CREATE INDEX \`media_contacts_updated_at_idx\` ON \`media_contacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_contacts_created_at_idx\` ON \`media_contacts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media_contacts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_lists_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_lists_id\`) REFERENCES \`press_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_contacts_rels_order_idx\` ON \`media_contacts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_contacts_rels_parent_idx\` ON \`media_contacts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_contacts_rels_path_idx\` ON \`media_contacts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_contacts_rels_press_lists_id_idx\` ON \`media_contacts_rels\` (\`press_lists_id\`);`)
  await db.run(sql`CREATE TABLE \`press_lists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_lists_name_idx\` ON \`press_lists\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`press_lists_updated_at_idx\` ON \`press_lists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_lists_created_at_idx\` ON \`press_lists\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`outlet\` text NOT NULL,
  	\`journalist_name\` text NOT NULL,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`deadline\` text,
  	\`spokesperson_wanted\` text,
  	\`territory\` text,
  	\`status\` text DEFAULT 'new',
  	\`assignee_id\` integer,
  	\`answer_note\` text,
  	\`received_via\` text DEFAULT 'manual',
  	\`planning_subject_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`planning_subject_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_requests_deadline_idx\` ON \`media_requests\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`media_requests_status_idx\` ON \`media_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`media_requests_assignee_idx\` ON \`media_requests\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`media_requests_planning_subject_idx\` ON \`media_requests\` (\`planning_subject_id\`);`)
  await db.run(sql`CREATE INDEX \`media_requests_created_by_idx\` ON \`media_requests\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_requests_updated_at_idx\` ON \`media_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_requests_created_at_idx\` ON \`media_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_deadline_idx\` ON \`media_requests\` (\`status\`,\`deadline\`);`)
  await db.run(sql`CREATE TABLE \`coverage\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`outlet\` text NOT NULL,
  	\`medium\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`url\` text,
  	\`audience\` numeric,
  	\`tone\` text DEFAULT 'neutral' NOT NULL,
  	\`release_id\` integer,
  	\`subject_id\` integer,
  	\`spokesperson_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`release_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subject_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`spokesperson_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`coverage_release_idx\` ON \`coverage\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`coverage_subject_idx\` ON \`coverage\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`coverage_spokesperson_idx\` ON \`coverage\` (\`spokesperson_id\`);`)
  await db.run(sql`CREATE INDEX \`coverage_updated_at_idx\` ON \`coverage\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`coverage_created_at_idx\` ON \`coverage\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`date_idx\` ON \`coverage\` (\`date\`);`)
  await db.run(sql`ALTER TABLE \`subjects_rels\` ADD \`press_releases_id\` integer REFERENCES press_releases(id);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_press_releases_id_idx\` ON \`subjects_rels\` (\`press_releases_id\`);`)
  await db.run(sql`ALTER TABLE \`comments_rels\` ADD \`press_releases_id\` integer REFERENCES press_releases(id);`)
  await db.run(sql`CREATE INDEX \`comments_rels_press_releases_id_idx\` ON \`comments_rels\` (\`press_releases_id\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`channel\` text DEFAULT 'destination' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`recipient_id\` integer REFERENCES media_contacts(id);`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`recipient_key\` text;`)
  await db.run(sql`CREATE INDEX \`deliveries_channel_idx\` ON \`deliveries\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_recipient_idx\` ON \`deliveries\` (\`recipient_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_recipient_key_idx\` ON \`deliveries\` (\`recipient_key\`);`)
  await db.run(sql`ALTER TABLE \`deliveries_rels\` ADD \`press_releases_id\` integer REFERENCES press_releases(id);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_press_releases_id_idx\` ON \`deliveries_rels\` (\`press_releases_id\`);`)
  await db.run(sql`ALTER TABLE \`search_rels\` ADD \`press_releases_id\` integer REFERENCES press_releases(id);`)
  await db.run(sql`CREATE INDEX \`search_rels_press_releases_id_idx\` ON \`search_rels\` (\`press_releases_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`businesses_id\` integer REFERENCES businesses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`aid_posts_id\` integer REFERENCES aid_posts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`press_releases_id\` integer REFERENCES press_releases(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_contacts_id\` integer REFERENCES media_contacts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`press_lists_id\` integer REFERENCES press_lists(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_requests_id\` integer REFERENCES media_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`coverage_id\` integer REFERENCES coverage(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_businesses_id_idx\` ON \`payload_locked_documents_rels\` (\`businesses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aid_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`aid_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`media_contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`press_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`media_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_coverage_id_idx\` ON \`payload_locked_documents_rels\` (\`coverage_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`chambers_services_enabled\`;`)
  await db.run(sql`DROP TABLE \`businesses_services\`;`)
  await db.run(sql`DROP TABLE \`businesses\`;`)
  await db.run(sql`DROP TABLE \`aid_posts\`;`)
  await db.run(sql`DROP TABLE \`press_releases_key_figures\`;`)
  await db.run(sql`DROP TABLE \`press_releases_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`press_releases_audiences\`;`)
  await db.run(sql`DROP TABLE \`press_releases\`;`)
  await db.run(sql`DROP TABLE \`press_releases_locales\`;`)
  await db.run(sql`DROP TABLE \`press_releases_rels\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media_contacts\`;`)
  await db.run(sql`DROP TABLE \`media_contacts_rels\`;`)
  await db.run(sql`DROP TABLE \`press_lists\`;`)
  await db.run(sql`DROP TABLE \`media_requests\`;`)
  await db.run(sql`DROP TABLE \`coverage\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_subjects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`questions_id\` integer,
  	\`editorial_meetings_id\` integer,
  	\`articles_id\` integer,
  	\`success_stories_id\` integer,
  	\`initiatives_id\` integer,
  	\`faqs_id\` integer,
  	\`guides_id\` integer,
  	\`events_id\` integer,
  	\`dossiers_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editorial_meetings_id\`) REFERENCES \`editorial_meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`success_stories_id\`) REFERENCES \`success_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`initiatives_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossiers_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_subjects_rels\`("id", "order", "parent_id", "path", "questions_id", "editorial_meetings_id", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id") SELECT "id", "order", "parent_id", "path", "questions_id", "editorial_meetings_id", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id" FROM \`subjects_rels\`;`)
  await db.run(sql`DROP TABLE \`subjects_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_subjects_rels\` RENAME TO \`subjects_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`subjects_rels_order_idx\` ON \`subjects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_parent_idx\` ON \`subjects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_path_idx\` ON \`subjects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_questions_id_idx\` ON \`subjects_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_editorial_meetings_id_idx\` ON \`subjects_rels\` (\`editorial_meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_articles_id_idx\` ON \`subjects_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_success_stories_id_idx\` ON \`subjects_rels\` (\`success_stories_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_initiatives_id_idx\` ON \`subjects_rels\` (\`initiatives_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_faqs_id_idx\` ON \`subjects_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_guides_id_idx\` ON \`subjects_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_events_id_idx\` ON \`subjects_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_dossiers_id_idx\` ON \`subjects_rels\` (\`dossiers_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_rels_topics_id_idx\` ON \`subjects_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_comments_rels\` (
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
  	\`subjects_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`success_stories_id\`) REFERENCES \`success_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`initiatives_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossiers_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subjects_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_comments_rels\`("id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "subjects_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "subjects_id", "users_id" FROM \`comments_rels\`;`)
  await db.run(sql`DROP TABLE \`comments_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_comments_rels\` RENAME TO \`comments_rels\`;`)
  await db.run(sql`CREATE INDEX \`comments_rels_order_idx\` ON \`comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_parent_idx\` ON \`comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_path_idx\` ON \`comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_articles_id_idx\` ON \`comments_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_success_stories_id_idx\` ON \`comments_rels\` (\`success_stories_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_initiatives_id_idx\` ON \`comments_rels\` (\`initiatives_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_faqs_id_idx\` ON \`comments_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_guides_id_idx\` ON \`comments_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_events_id_idx\` ON \`comments_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_dossiers_id_idx\` ON \`comments_rels\` (\`dossiers_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_subjects_id_idx\` ON \`comments_rels\` (\`subjects_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_users_id_idx\` ON \`comments_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`destination_id\` integer,
  	\`destination_name\` text,
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
  await db.run(sql`INSERT INTO \`__new_deliveries\`("id", "destination_id", "destination_name", "item_collection", "item_id", "item_title", "event", "network", "status", "last_message", "external_id", "webhook_id", "next_attempt_at", "delivered_at", "body", "order_key", "lease_owner", "lease_expires_at", "updated_at", "created_at") SELECT "id", "destination_id", "destination_name", "item_collection", "item_id", "item_title", "event", "network", "status", "last_message", "external_id", "webhook_id", "next_attempt_at", "delivered_at", "body", "order_key", "lease_owner", "lease_expires_at", "updated_at", "created_at" FROM \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliveries\` RENAME TO \`deliveries\`;`)
  await db.run(sql`CREATE INDEX \`deliveries_destination_idx\` ON \`deliveries\` (\`destination_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_status_idx\` ON \`deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_external_id_idx\` ON \`deliveries\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_webhook_id_idx\` ON \`deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_order_key_idx\` ON \`deliveries\` (\`order_key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_nextAttemptAt_idx\` ON \`deliveries\` (\`status\`,\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`itemCollection_itemId_idx\` ON \`deliveries\` (\`item_collection\`,\`item_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_deliveries_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_deliveries_rels\`("id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id") SELECT "id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id" FROM \`deliveries_rels\`;`)
  await db.run(sql`DROP TABLE \`deliveries_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliveries_rels\` RENAME TO \`deliveries_rels\`;`)
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
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`success_stories_id\`) REFERENCES \`success_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`initiatives_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dossiers_id\`) REFERENCES \`dossiers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_search_rels\`("id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id" FROM \`search_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`search_rels_topics_id_idx\` ON \`search_rels\` (\`topics_id\`);`)
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
  	\`destinations_id\` integer,
  	\`deliveries_id\` integer,
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
  	FOREIGN KEY (\`destinations_id\`) REFERENCES \`destinations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id", "chambers_id", "partners_id", "media_id", "users_id", "audit_log_id", "subjects_id", "editorial_meetings_id", "comments_id", "questions_id", "destinations_id", "deliveries_id", "search_id") SELECT "id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id", "chambers_id", "partners_id", "media_id", "users_id", "audit_log_id", "subjects_id", "editorial_meetings_id", "comments_id", "questions_id", "destinations_id", "deliveries_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_destinations_id_idx\` ON \`payload_locked_documents_rels\` (\`destinations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
}
