import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`public_answers_published_at_idx\`;`)
  // Rows already built get their list from the columns it is made of.
  await db.run(sql`ALTER TABLE \`public_answers\` ADD \`list\` text NOT NULL DEFAULT '';`)
  await db.run(sql`UPDATE \`public_answers\` SET \`list\` = \`piece_collection\` || ':' || \`locale\` || ':' || CAST(\`depth\` AS INTEGER);`)
  await db.run(sql`CREATE INDEX \`list_publishedAt_pieceCreatedAt_createdAt_visibleFrom_idx\` ON \`public_answers\` (\`list\`,\`published_at\`,\`piece_created_at\`,\`created_at\`,\`visible_from\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`list_publishedAt_pieceCreatedAt_createdAt_visibleFrom_idx\`;`)
  await db.run(sql`CREATE INDEX \`public_answers_published_at_idx\` ON \`public_answers\` (\`published_at\`);`)
  await db.run(sql`ALTER TABLE \`public_answers\` DROP COLUMN \`list\`;`)
}
