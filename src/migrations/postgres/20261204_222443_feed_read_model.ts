import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "list_publishedAt_pieceCollection_pieceId_visibleFrom_idx" ON "public_answers" USING btree ("list","published_at","piece_collection","piece_id","visible_from");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "list_publishedAt_pieceCollection_pieceId_visibleFrom_idx";`)
}
