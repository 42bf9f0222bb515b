import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` ADD \`said_code\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` ADD \`said_params\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` ADD \`said_detail\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` ADD \`said_then\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`said_code\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`said_params\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`said_detail\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`said_then\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` DROP COLUMN \`said_code\`;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` DROP COLUMN \`said_params\`;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` DROP COLUMN \`said_detail\`;`)
  await db.run(sql`ALTER TABLE \`deliveries_attempts\` DROP COLUMN \`said_then\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`said_code\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`said_params\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`said_detail\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`said_then\`;`)
}
