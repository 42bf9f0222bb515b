import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]
type Extend = (args: { table: never; extraConfig: (table: Record<string, never>) => object }) => void
type IndexBuilder = (name: string) => { on: (column: never) => object }

/**
 * Payload keeps localized fields in `<table>_locales`, with a unique index on (locale, parent).
 * Reading a document's translations filters on the parent alone, which that index cannot serve:
 * every read of a list scanned the whole translation table once per row (7 ms for a page of 20
 * articles among 2,000, and linear in the collection). An index on the parent makes it a lookup.
 */
function addParentIndexes(tables: Record<string, object>, extendTable: Extend, index: IndexBuilder): void {
  for (const [name, table] of Object.entries(tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({
      table: table as never,
      extraConfig: (t) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(t._parentID) }),
    })
  }
}

export const sqliteParentIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  addParentIndexes(schema.tables, extendTable as unknown as Extend, sqliteIndex as unknown as IndexBuilder)
  return schema
}

export const postgresParentIndexes: PostgresSchemaHook = ({ schema, extendTable }) => {
  addParentIndexes(schema.tables, extendTable as unknown as Extend, pgIndex as unknown as IndexBuilder)
  return schema
}
