import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`subjects_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subjects_channels_order_idx\` ON \`subjects_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subjects_channels_parent_idx\` ON \`subjects_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subjects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`angle\` text,
  	\`source\` text DEFAULT 'newsroom-idea',
  	\`priority\` text DEFAULT 'normal',
  	\`source_details\` text,
  	\`target_type\` text,
  	\`status\` text DEFAULT 'proposed',
  	\`assignee_id\` integer,
  	\`due_date\` text,
  	\`created_by_id\` integer,
  	\`due_reminder_for\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subjects_status_idx\` ON \`subjects\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subjects_assignee_idx\` ON \`subjects\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_due_date_idx\` ON \`subjects\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`subjects_created_by_idx\` ON \`subjects\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`subjects_updated_at_idx\` ON \`subjects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subjects_created_at_idx\` ON \`subjects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subjects_rels\` (
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
  await db.run(sql`CREATE TABLE \`editorial_meetings_decisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`subject_id\` integer NOT NULL,
  	\`decision\` text NOT NULL,
  	\`assignee_id\` integer,
  	\`due_date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`subject_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editorial_meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editorial_meetings_decisions_order_idx\` ON \`editorial_meetings_decisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_decisions_parent_id_idx\` ON \`editorial_meetings_decisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_decisions_subject_idx\` ON \`editorial_meetings_decisions\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_decisions_assignee_idx\` ON \`editorial_meetings_decisions\` (\`assignee_id\`);`)
  await db.run(sql`CREATE TABLE \`editorial_meetings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`week\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`status\` text DEFAULT 'planned',
  	\`facilitator_id\` integer,
  	\`notes\` text,
  	\`closed_at\` text,
  	\`closed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`facilitator_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`closed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`editorial_meetings_week_idx\` ON \`editorial_meetings\` (\`week\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_date_idx\` ON \`editorial_meetings\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_status_idx\` ON \`editorial_meetings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_facilitator_idx\` ON \`editorial_meetings\` (\`facilitator_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_closed_by_idx\` ON \`editorial_meetings\` (\`closed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_updated_at_idx\` ON \`editorial_meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_created_at_idx\` ON \`editorial_meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`editorial_meetings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`editorial_meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editorial_meetings_rels_order_idx\` ON \`editorial_meetings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_rels_parent_idx\` ON \`editorial_meetings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_rels_path_idx\` ON \`editorial_meetings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`editorial_meetings_rels_users_id_idx\` ON \`editorial_meetings_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`resolved\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_author_idx\` ON \`comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`comments_rels\` (
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
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`sector\` text NOT NULL,
  	\`territory\` text NOT NULL,
  	\`audience\` text NOT NULL,
  	\`asked_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_asked_at_idx\` ON \`questions\` (\`asked_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_rels_order_idx\` ON \`questions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_parent_idx\` ON \`questions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_path_idx\` ON \`questions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_topics_id_idx\` ON \`questions_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_assignment\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_review_requested\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_changes_requested\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_mention\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_meeting_closed\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_due_tomorrow\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`calendar_token_hash\` text;`)
  await db.run(sql`CREATE INDEX \`users_calendar_token_hash_idx\` ON \`users\` (\`calendar_token_hash\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subjects_id\` integer REFERENCES subjects(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`editorial_meetings_id\` integer REFERENCES editorial_meetings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` integer REFERENCES comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`questions_id\` integer REFERENCES questions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subjects_id_idx\` ON \`payload_locked_documents_rels\` (\`subjects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editorial_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`subjects_channels\`;`)
  await db.run(sql`DROP TABLE \`subjects\`;`)
  await db.run(sql`DROP TABLE \`subjects_rels\`;`)
  await db.run(sql`DROP TABLE \`editorial_meetings_decisions\`;`)
  await db.run(sql`DROP TABLE \`editorial_meetings\`;`)
  await db.run(sql`DROP TABLE \`editorial_meetings_rels\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments_rels\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id", "chambers_id", "partners_id", "media_id", "users_id", "audit_log_id", "search_id") SELECT "id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id", "chambers_id", "partners_id", "media_id", "users_id", "audit_log_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`DROP INDEX \`users_calendar_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_assignment\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_review_requested\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_mention\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_meeting_closed\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_due_tomorrow\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`calendar_token_hash\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
