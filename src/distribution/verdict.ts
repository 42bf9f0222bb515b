/**
 * What an HTTP answer or a network error means for a delivery. One table, so the webhook sender and
 * every scheduler adapter agree on when to retry.
 */
export type StatusVerdict = 'delivered' | 'retry' | 'failed' | 'disable'

/** 4xx answers that say "not now" rather than "never". */
const RETRYABLE_4XX = new Set([408, 409, 425, 429])

export function verdictForStatus(status: number): StatusVerdict {
  if (status >= 200 && status <= 299) return 'delivered'
  if (status === 410) return 'disable'
  if (RETRYABLE_4XX.has(status) || (status >= 500 && status <= 599)) return 'retry'
  return 'failed'
}

type ErrorLike = { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }

const DESCRIPTIONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed while sending',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EAI_AGAIN: 'DNS lookup failed temporarily',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed unexpectedly',
  UND_ERR_CLOSED: 'connection closed unexpectedly',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'response body stalled',
  ENOTFOUND: 'host not found',
}

const RETRYABLE_CODES = new Set(Object.keys(DESCRIPTIONS).filter((code) => code !== 'ENOTFOUND'))
const TIMEOUT_NAMES = new Set(['AbortError', 'TimeoutError'])

/** fetch hides the cause (`TypeError: fetch failed` → cause → maybe AggregateError → errors[]). */
function chain(error: unknown): ErrorLike[] {
  const seen: ErrorLike[] = []
  const queue: unknown[] = [error]
  while (queue.length > 0 && seen.length < 10) {
    const current = queue.shift()
    if (typeof current !== 'object' || current === null || seen.includes(current as ErrorLike)) continue
    const e = current as ErrorLike
    seen.push(e)
    if (e.cause !== undefined) queue.push(e.cause)
    if (Array.isArray(e.errors)) queue.push(...e.errors)
  }
  return seen
}

const codeOf = (e: ErrorLike) => (typeof e.code === 'string' ? e.code : null)
const refused = (errors: ErrorLike[]) => errors.some((e) => codeOf(e) === 'DESTINATION_REFUSED')

export function isRetryableError(error: unknown): boolean {
  const errors = chain(error)
  // Our own SSRF refusal is a configuration problem: retrying cannot fix it.
  if (refused(errors)) return false
  return errors.some((e) => TIMEOUT_NAMES.has(String(e.name)) || RETRYABLE_CODES.has(codeOf(e) ?? ''))
}

export function describeError(error: unknown, timeoutMs?: number): string {
  const errors = chain(error)
  const refusal = errors.find((e) => codeOf(e) === 'DESTINATION_REFUSED')
  if (refusal) return String(refusal.message)
  const seconds = timeoutMs === undefined ? null : Number((timeoutMs / 1000).toFixed(1))
  if (errors.some((e) => e.name === 'TimeoutError'))
    return seconds === null ? 'timed out' : `timed out after ${seconds} s`
  if (errors.some((e) => e.name === 'AbortError')) return seconds === null ? 'aborted' : `timed out after ${seconds} s`
  for (const e of errors) {
    const code = codeOf(e)
    if (code && DESCRIPTIONS[code]) return DESCRIPTIONS[code]
    if (code && /CERT|TLS|SSL/.test(code)) return `TLS certificate problem (${code})`
  }
  // The innermost message is the specific one; the outer is usually just "fetch failed".
  const withMessage = errors.filter((e) => typeof e.message === 'string' && e.message !== '')
  if (withMessage.length > 0) return String(withMessage[withMessage.length - 1].message)
  return typeof error === 'string' && error ? error : 'unknown error'
}
