import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`public_answers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`piece_collection\` text NOT NULL,
  	\`piece_id\` text NOT NULL,
  	\`slug\` text,
  	\`locale\` text NOT NULL,
  	\`depth\` numeric NOT NULL,
  	\`list\` text NOT NULL,
  	\`published_at\` text,
  	\`piece_created_at\` text,
  	\`visible_from\` text,
  	\`stale_after\` text,
  	\`body\` text,
  	\`tags\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`public_answers_key_idx\` ON \`public_answers\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`public_answers_slug_idx\` ON \`public_answers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`public_answers_updated_at_idx\` ON \`public_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_answers_created_at_idx\` ON \`public_answers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`list_publishedAt_pieceCreatedAt_createdAt_visibleFrom_idx\` ON \`public_answers\` (\`list\`,\`published_at\`,\`piece_created_at\`,\`created_at\`,\`visible_from\`);`)
  await db.run(sql`CREATE TABLE \`public_answer_deps\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tag\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`public_answer_deps_tag_idx\` ON \`public_answer_deps\` (\`tag\`);`)
  await db.run(sql`CREATE INDEX \`public_answer_deps_answer_idx\` ON \`public_answer_deps\` (\`answer\`);`)
  await db.run(sql`CREATE INDEX \`public_answer_deps_updated_at_idx\` ON \`public_answer_deps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_answer_deps_created_at_idx\` ON \`public_answer_deps\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`destinations\` ADD \`disabled_said_code\` text;`)
  await db.run(sql`ALTER TABLE \`destinations\` ADD \`disabled_said_params\` text;`)
  await db.run(sql`ALTER TABLE \`destinations\` ADD \`disabled_said_detail\` text;`)
  await db.run(sql`ALTER TABLE \`destinations\` ADD \`disabled_said_then\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` ADD \`said_code\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` ADD \`said_params\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` ADD \`said_detail\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` ADD \`said_then\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`said_code\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`said_params\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`said_detail\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`said_then\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`public_answers_id\` integer REFERENCES public_answers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`public_answer_deps_id\` integer REFERENCES public_answer_deps(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`public_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_answer_deps_id_idx\` ON \`payload_locked_documents_rels\` (\`public_answer_deps_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`public_answers\`;`)
  await db.run(sql`DROP TABLE \`public_answer_deps\`;`)
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
  	\`businesses_id\` integer,
  	\`aid_posts_id\` integer,
  	\`press_releases_id\` integer,
  	\`media_contacts_id\` integer,
  	\`press_lists_id\` integer,
  	\`media_requests_id\` integer,
  	\`coverage_id\` integer,
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
  	FOREIGN KEY (\`businesses_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aid_posts_id\`) REFERENCES \`aid_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_contacts_id\`) REFERENCES \`media_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_lists_id\`) REFERENCES \`press_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_requests_id\`) REFERENCES \`media_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`coverage_id\`) REFERENCES \`coverage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id", "chambers_id", "partners_id", "media_id", "users_id", "audit_log_id", "subjects_id", "editorial_meetings_id", "comments_id", "questions_id", "destinations_id", "deliveries_id", "businesses_id", "aid_posts_id", "press_releases_id", "media_contacts_id", "press_lists_id", "media_requests_id", "coverage_id", "search_id") SELECT "id", "order", "parent_id", "path", "articles_id", "success_stories_id", "initiatives_id", "faqs_id", "guides_id", "events_id", "dossiers_id", "topics_id", "chambers_id", "partners_id", "media_id", "users_id", "audit_log_id", "subjects_id", "editorial_meetings_id", "comments_id", "questions_id", "destinations_id", "deliveries_id", "businesses_id", "aid_posts_id", "press_releases_id", "media_contacts_id", "press_lists_id", "media_requests_id", "coverage_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_businesses_id_idx\` ON \`payload_locked_documents_rels\` (\`businesses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aid_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`aid_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`media_contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`press_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`media_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_coverage_id_idx\` ON \`payload_locked_documents_rels\` (\`coverage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`ALTER TABLE \`destinations\` DROP COLUMN \`disabled_said_code\`;`)
  await db.run(sql`ALTER TABLE \`destinations\` DROP COLUMN \`disabled_said_params\`;`)
  await db.run(sql`ALTER TABLE \`destinations\` DROP COLUMN \`disabled_said_detail\`;`)
  await db.run(sql`ALTER TABLE \`destinations\` DROP COLUMN \`disabled_said_then\`;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` DROP COLUMN \`said_code\`;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` DROP COLUMN \`said_params\`;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` DROP COLUMN \`said_detail\`;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` DROP COLUMN \`said_then\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`said_code\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`said_params\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`said_detail\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`said_then\`;`)
}
