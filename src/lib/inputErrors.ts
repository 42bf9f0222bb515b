/**
 * Errors that a client's input caused, told from faults of ours: the status to answer with, or
 * null. Payload's own refusals carry their status; database drivers report bad values with codes
 * (PostgreSQL SQLSTATE class 22 "data exception", 23 "integrity constraint"; SQLite's result codes),
 * possibly wrapped (Drizzle's query errors keep the driver's error as `cause`).
 */
const POSTGRES: Record<string, number> = { '23502': 400, '23503': 409, '23505': 409, '23514': 400 }
const SQLITE: [RegExp, number][] = [
  [/SQLITE_MISMATCH|datatype mismatch/i, 400],
  [/SQLITE_CONSTRAINT_(NOTNULL|CHECK)|NOT NULL constraint/i, 400],
  [/SQLITE_CONSTRAINT_(FOREIGNKEY|UNIQUE|PRIMARYKEY)|FOREIGN KEY constraint|UNIQUE constraint/i, 409],
  [/SQLITE_TOOBIG|string or blob too big/i, 413],
]
const INPUT_ERRORS: Record<string, number> = {
  ValidationError: 400,
  QueryError: 400,
  MissingFile: 400,
  FileUploadError: 400,
}

type Chained = { name?: string; code?: unknown; message?: unknown; cause?: unknown; status?: unknown }

export function inputErrorStatus(error: unknown): number | null {
  for (
    let current = error as Chained | undefined, depth = 0;
    current && depth < 5;
    current = current.cause as Chained, depth++
  ) {
    if (current.name && INPUT_ERRORS[current.name]) return INPUT_ERRORS[current.name]
    const code = typeof current.code === 'string' ? current.code : ''
    if (/^22[0-9A-Z]{3}$/.test(code)) return 400
    if (POSTGRES[code]) return POSTGRES[code]
    const text = `${code} ${typeof current.message === 'string' ? current.message : ''}`
    for (const [pattern, status] of SQLITE) if (pattern.test(text)) return status
  }
  return null
}
