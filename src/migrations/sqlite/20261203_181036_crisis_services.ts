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
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`businesses_id\` integer REFERENCES businesses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`aid_posts_id\` integer REFERENCES aid_posts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_businesses_id_idx\` ON \`payload_locked_documents_rels\` (\`businesses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aid_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`aid_posts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`chambers_services_enabled\`;`)
  await db.run(sql`DROP TABLE \`businesses_services\`;`)
  await db.run(sql`DROP TABLE \`businesses\`;`)
  await db.run(sql`DROP TABLE \`aid_posts\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subjects_id_idx\` ON \`payload_locked_documents_rels\` (\`subjects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editorial_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_destinations_id_idx\` ON \`payload_locked_documents_rels\` (\`destinations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
}
