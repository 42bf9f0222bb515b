/**
 * Shares one read among the callers that arrive while it is pending, without ever handing a caller
 * a read that was issued before it arrived: such a read could miss a change committed in between.
 * Callers that arrive during a read wait for the next one, which serves all of them.
 */
export function coalesce<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined
  let queued: Promise<T> | undefined
  const start = (): Promise<T> => {
    const current = read().finally(() => {
      if (running === current) running = undefined
    })
    running = current
    return current
  }
  return () => {
    if (!running) return start()
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined
        return start()
      })
    return queued
  }
}
