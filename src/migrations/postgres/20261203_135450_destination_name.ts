import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" ALTER COLUMN "destination_id" DROP NOT NULL;
  ALTER TABLE "deliveries" ADD COLUMN "destination_name" varchar;`)
}

// Going back, deliveries whose destination was deleted are dropped: the link is required again.
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "deliveries" WHERE "destination_id" IS NULL;
   ALTER TABLE "deliveries" ALTER COLUMN "destination_id" SET NOT NULL;
  ALTER TABLE "deliveries" DROP COLUMN "destination_name";`)
}
