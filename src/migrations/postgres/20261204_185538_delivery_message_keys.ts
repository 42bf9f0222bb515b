import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries_attempts" ADD COLUMN "said_code" varchar;
  ALTER TABLE "deliveries_attempts" ADD COLUMN "said_params" jsonb;
  ALTER TABLE "deliveries_attempts" ADD COLUMN "said_detail" varchar;
  ALTER TABLE "deliveries_attempts" ADD COLUMN "said_then" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "said_code" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "said_params" jsonb;
  ALTER TABLE "deliveries" ADD COLUMN "said_detail" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "said_then" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries_attempts" DROP COLUMN "said_code";
  ALTER TABLE "deliveries_attempts" DROP COLUMN "said_params";
  ALTER TABLE "deliveries_attempts" DROP COLUMN "said_detail";
  ALTER TABLE "deliveries_attempts" DROP COLUMN "said_then";
  ALTER TABLE "deliveries" DROP COLUMN "said_code";
  ALTER TABLE "deliveries" DROP COLUMN "said_params";
  ALTER TABLE "deliveries" DROP COLUMN "said_detail";
  ALTER TABLE "deliveries" DROP COLUMN "said_then";`)
}
