import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "press_releases_spokespeople" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "_press_releases_v_version_spokespeople" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "press_releases_spokespeople" ADD CONSTRAINT "press_releases_spokespeople_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_spokespeople" ADD CONSTRAINT "_press_releases_v_version_spokespeople_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "press_releases_spokespeople_order_idx" ON "press_releases_spokespeople" USING btree ("_order");
  CREATE INDEX "press_releases_spokespeople_parent_id_idx" ON "press_releases_spokespeople" USING btree ("_parent_id");
  CREATE INDEX "_press_releases_v_version_spokespeople_order_idx" ON "_press_releases_v_version_spokespeople" USING btree ("_order");
  CREATE INDEX "_press_releases_v_version_spokespeople_parent_id_idx" ON "_press_releases_v_version_spokespeople" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "press_releases_spokespeople" CASCADE;
  DROP TABLE "_press_releases_v_version_spokespeople" CASCADE;`)
}
