import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Drizzle's table copy also selected the new column from the old table; it is filled by the app, not copied.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`destination_id\` integer,
  	\`destination_name\` text,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_title\` text,
  	\`event\` text NOT NULL,
  	\`network\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`last_message\` text,
  	\`external_id\` text,
  	\`webhook_id\` text NOT NULL,
  	\`next_attempt_at\` text,
  	\`delivered_at\` text,
  	\`body\` text,
  	\`order_key\` text NOT NULL,
  	\`lease_owner\` text,
  	\`lease_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`destination_id\`) REFERENCES \`destinations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_deliveries\`("id", "destination_id", "item_collection", "item_id", "item_title", "event", "network", "status", "last_message", "external_id", "webhook_id", "next_attempt_at", "delivered_at", "body", "order_key", "lease_owner", "lease_expires_at", "updated_at", "created_at") SELECT "id", "destination_id", "item_collection", "item_id", "item_title", "event", "network", "status", "last_message", "external_id", "webhook_id", "next_attempt_at", "delivered_at", "body", "order_key", "lease_owner", "lease_expires_at", "updated_at", "created_at" FROM \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliveries\` RENAME TO \`deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`deliveries_destination_idx\` ON \`deliveries\` (\`destination_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_status_idx\` ON \`deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_external_id_idx\` ON \`deliveries\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_webhook_id_idx\` ON \`deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_order_key_idx\` ON \`deliveries\` (\`order_key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_nextAttemptAt_idx\` ON \`deliveries\` (\`status\`,\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`itemCollection_itemId_idx\` ON \`deliveries\` (\`item_collection\`,\`item_id\`);`)
}

// Going back, deliveries whose destination was deleted are dropped: the link is required again.
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`destination_id\` integer NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_title\` text,
  	\`event\` text NOT NULL,
  	\`network\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`last_message\` text,
  	\`external_id\` text,
  	\`webhook_id\` text NOT NULL,
  	\`next_attempt_at\` text,
  	\`delivered_at\` text,
  	\`body\` text,
  	\`order_key\` text NOT NULL,
  	\`lease_owner\` text,
  	\`lease_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`destination_id\`) REFERENCES \`destinations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_deliveries\`("id", "destination_id", "item_collection", "item_id", "item_title", "event", "network", "status", "last_message", "external_id", "webhook_id", "next_attempt_at", "delivered_at", "body", "order_key", "lease_owner", "lease_expires_at", "updated_at", "created_at") SELECT "id", "destination_id", "item_collection", "item_id", "item_title", "event", "network", "status", "last_message", "external_id", "webhook_id", "next_attempt_at", "delivered_at", "body", "order_key", "lease_owner", "lease_expires_at", "updated_at", "created_at" FROM \`deliveries\` WHERE "destination_id" IS NOT NULL;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliveries\` RENAME TO \`deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`deliveries_destination_idx\` ON \`deliveries\` (\`destination_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_status_idx\` ON \`deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_external_id_idx\` ON \`deliveries\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_webhook_id_idx\` ON \`deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_order_key_idx\` ON \`deliveries\` (\`order_key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_nextAttemptAt_idx\` ON \`deliveries\` (\`status\`,\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`itemCollection_itemId_idx\` ON \`deliveries\` (\`item_collection\`,\`item_id\`);`)
}
