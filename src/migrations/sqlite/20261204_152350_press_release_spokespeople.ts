import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`press_releases_spokespeople\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_spokespeople_order_idx\` ON \`press_releases_spokespeople\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_spokespeople_parent_id_idx\` ON \`press_releases_spokespeople\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_spokespeople\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_spokespeople_order_idx\` ON \`_press_releases_v_version_spokespeople\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_spokespeople_parent_id_idx\` ON \`_press_releases_v_version_spokespeople\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`press_releases_spokespeople\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_spokespeople\`;`)
}
