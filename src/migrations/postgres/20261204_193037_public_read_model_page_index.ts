import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "public_answers_published_at_idx";
  ALTER TABLE "public_answers" ADD COLUMN "list" varchar NOT NULL DEFAULT '';
  UPDATE "public_answers" SET "list" = "piece_collection" || ':' || "locale" || ':' || "depth"::integer;
  ALTER TABLE "public_answers" ALTER COLUMN "list" DROP DEFAULT;
  CREATE INDEX "list_publishedAt_pieceCreatedAt_createdAt_visibleFrom_idx" ON "public_answers" USING btree ("list","published_at","piece_created_at","created_at","visible_from");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "list_publishedAt_pieceCreatedAt_createdAt_visibleFrom_idx";
  CREATE INDEX "public_answers_published_at_idx" ON "public_answers" USING btree ("published_at");
  ALTER TABLE "public_answers" DROP COLUMN "list";`)
}
