type Listener = (sql: string) => void

const listeners = new Set<Listener>()

/**
 * Every SQL statement the adapters send goes past here (drizzle's logger hook). Nobody listens in
 * normal operation, so the cost is one function call per statement; tests listen to count them.
 */
export const queryLog: { logQuery: (query: string, params: unknown[]) => void } = {
  logQuery(query) {
    for (const listener of listeners) listener(query)
  },
}

/** Records the statements sent until `stop()` is called. */
export function recordQueries(): { stop: () => string[] } {
  const statements: string[] = []
  const listener: Listener = (sql) => statements.push(sql)
  listeners.add(listener)
  return {
    stop: () => {
      listeners.delete(listener)
      return statements
    },
  }
}
