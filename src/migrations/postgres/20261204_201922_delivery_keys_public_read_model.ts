import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "public_answers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"piece_collection" varchar NOT NULL,
  	"piece_id" varchar NOT NULL,
  	"slug" varchar,
  	"locale" varchar NOT NULL,
  	"depth" numeric NOT NULL,
  	"list" varchar NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"piece_created_at" timestamp(3) with time zone,
  	"visible_from" timestamp(3) with time zone,
  	"stale_after" timestamp(3) with time zone,
  	"body" varchar,
  	"tags" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "public_answer_deps" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tag" varchar NOT NULL,
  	"answer" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "destinations" ADD COLUMN "disabled_said_code" varchar;
  ALTER TABLE "destinations" ADD COLUMN "disabled_said_params" jsonb;
  ALTER TABLE "destinations" ADD COLUMN "disabled_said_detail" varchar;
  ALTER TABLE "destinations" ADD COLUMN "disabled_said_then" varchar;
  ALTER TABLE "deliveries_attempts" ADD COLUMN "said_code" varchar;
  ALTER TABLE "deliveries_attempts" ADD COLUMN "said_params" jsonb;
  ALTER TABLE "deliveries_attempts" ADD COLUMN "said_detail" varchar;
  ALTER TABLE "deliveries_attempts" ADD COLUMN "said_then" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "said_code" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "said_params" jsonb;
  ALTER TABLE "deliveries" ADD COLUMN "said_detail" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "said_then" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "public_answers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "public_answer_deps_id" integer;
  CREATE UNIQUE INDEX "public_answers_key_idx" ON "public_answers" USING btree ("key");
  CREATE INDEX "public_answers_slug_idx" ON "public_answers" USING btree ("slug");
  CREATE INDEX "public_answers_updated_at_idx" ON "public_answers" USING btree ("updated_at");
  CREATE INDEX "public_answers_created_at_idx" ON "public_answers" USING btree ("created_at");
  CREATE INDEX "list_publishedAt_pieceCreatedAt_createdAt_visibleFrom_idx" ON "public_answers" USING btree ("list","published_at","piece_created_at","created_at","visible_from");
  CREATE INDEX "public_answer_deps_tag_idx" ON "public_answer_deps" USING btree ("tag");
  CREATE INDEX "public_answer_deps_answer_idx" ON "public_answer_deps" USING btree ("answer");
  CREATE INDEX "public_answer_deps_updated_at_idx" ON "public_answer_deps" USING btree ("updated_at");
  CREATE INDEX "public_answer_deps_created_at_idx" ON "public_answer_deps" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_answers_fk" FOREIGN KEY ("public_answers_id") REFERENCES "public"."public_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_answer_deps_fk" FOREIGN KEY ("public_answer_deps_id") REFERENCES "public"."public_answer_deps"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_public_answers_id_idx" ON "payload_locked_documents_rels" USING btree ("public_answers_id");
  CREATE INDEX "payload_locked_documents_rels_public_answer_deps_id_idx" ON "payload_locked_documents_rels" USING btree ("public_answer_deps_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "public_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "public_answer_deps" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "public_answers" CASCADE;
  DROP TABLE "public_answer_deps" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_public_answers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_public_answer_deps_fk";
  
  DROP INDEX "payload_locked_documents_rels_public_answers_id_idx";
  DROP INDEX "payload_locked_documents_rels_public_answer_deps_id_idx";
  ALTER TABLE "destinations" DROP COLUMN "disabled_said_code";
  ALTER TABLE "destinations" DROP COLUMN "disabled_said_params";
  ALTER TABLE "destinations" DROP COLUMN "disabled_said_detail";
  ALTER TABLE "destinations" DROP COLUMN "disabled_said_then";
  ALTER TABLE "deliveries_attempts" DROP COLUMN "said_code";
  ALTER TABLE "deliveries_attempts" DROP COLUMN "said_params";
  ALTER TABLE "deliveries_attempts" DROP COLUMN "said_detail";
  ALTER TABLE "deliveries_attempts" DROP COLUMN "said_then";
  ALTER TABLE "deliveries" DROP COLUMN "said_code";
  ALTER TABLE "deliveries" DROP COLUMN "said_params";
  ALTER TABLE "deliveries" DROP COLUMN "said_detail";
  ALTER TABLE "deliveries" DROP COLUMN "said_then";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "public_answers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "public_answer_deps_id";`)
}
