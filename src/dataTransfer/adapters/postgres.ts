import type { Payload, PayloadRequest } from 'payload'

import { transactionDb } from '../../db/transactionDb'

type Executor = { execute: (args: { db: unknown; raw: string }) => Promise<unknown> }

/**
 * Moves every sequence owned by a column of the current schema past the largest value of that
 * column: ids, and the serial ids of locale and relationship rows. `setval(…, false)` makes the
 * next value exactly max + 1 (or 1 for an empty table).
 */
const RESET_SEQUENCES = `DO $$
DECLARE owned record;
BEGIN
  FOR owned IN
    SELECT sn.nspname AS sequence_schema, s.relname AS sequence_name, tn.nspname AS table_schema, t.relname AS table_name, a.attname AS column_name
    FROM pg_class s
    JOIN pg_namespace sn ON sn.oid = s.relnamespace
    JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_namespace tn ON tn.oid = t.relnamespace
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE s.relkind = 'S' AND tn.nspname = current_schema()
  LOOP
    EXECUTE format('SELECT setval(%L, COALESCE((SELECT max(%I) FROM %I.%I), 0) + 1, false)',
      quote_ident(owned.sequence_schema) || '.' || quote_ident(owned.sequence_name), owned.column_name, owned.table_schema, owned.table_name);
  END LOOP;
END $$`

export async function resetPostgresSequences(payload: Payload, req: PayloadRequest): Promise<void> {
  const { db } = await transactionDb(payload, req)
  await (payload.db as unknown as Executor).execute({ db, raw: RESET_SEQUENCES })
}
