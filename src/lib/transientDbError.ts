/**
 * Database failures that a retry of the same request can cure: lock waits, deadlocks and
 * serialisation conflicts between concurrent transactions. They answer 503 with `Retry-After`;
 * every other database failure is a 500.
 */
const POSTGRES_CODES = new Set(['40001', '40P01', '55P03'])
const SQLITE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT'])
const MONGO_LABELS = ['TransientTransactionError', 'UnknownTransactionCommitResult']

type Failure = { code?: unknown; errorLabels?: unknown; errorLabelSet?: unknown; cause?: unknown; message?: unknown }

export function isTransientDbError(error: unknown): boolean {
  for (
    let current = error as Failure | undefined, depth = 0;
    current && depth < 5;
    current = current.cause as Failure, depth++
  ) {
    const code = String(current.code ?? '')
    if (POSTGRES_CODES.has(code) || SQLITE_CODES.has(code) || code === '112') return true
    if (typeof current.message === 'string' && /SQLITE_BUSY|database is locked/.test(current.message)) return true
    const labels =
      current.errorLabelSet instanceof Set
        ? [...current.errorLabelSet]
        : Array.isArray(current.errorLabels)
          ? current.errorLabels
          : []
    if (MONGO_LABELS.some((label) => labels.includes(label))) return true
  }
  return false
}

/** Seconds a client should wait before sending the request again. */
export const RETRY_AFTER_SECONDS = 1
