export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type DatabaseTarget = { kind: DatabaseKind; url: string }

export const DEFAULT_SQLITE_URL = 'file:./data/newsroom.db'

const SCHEMES: Record<string, DatabaseKind> = {
  'file:': 'sqlite',
  'postgres:': 'postgres',
  'postgresql:': 'postgres',
  'mongodb:': 'mongodb',
  'mongodb+srv:': 'mongodb',
}

export class UnsupportedDatabaseUriError extends Error {
  constructor(scheme: string) {
    super(
      `DATABASE_URI scheme "${scheme}" is not supported: use file: (SQLite), postgres:// or postgresql:// (PostgreSQL), mongodb:// or mongodb+srv:// (MongoDB).`,
    )
    this.name = 'UnsupportedDatabaseUriError'
  }
}

/** Decides the database adapter from `DATABASE_URI`; an unset value means the embedded SQLite file. */
export function parseDatabaseUri(uri: string | undefined): DatabaseTarget {
  const url = uri?.trim() || DEFAULT_SQLITE_URL
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase() ?? url.split('/')[0]
  const kind = SCHEMES[scheme]
  if (!kind) throw new UnsupportedDatabaseUriError(scheme)
  return { kind, url }
}
