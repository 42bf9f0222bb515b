import { type DeliveryMessage, type Said, saidInEnglish } from '../i18n/deliveries'
import type { OutboundProblem } from '../i18n/outbound'

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

const DESCRIPTIONS: Record<string, DeliveryMessage> = {
  ECONNREFUSED: 'deliveryConnectionRefused',
  ECONNRESET: 'deliveryConnectionReset',
  ECONNABORTED: 'deliveryConnectionAborted',
  EPIPE: 'deliveryClosedWhileSending',
  EHOSTUNREACH: 'deliveryHostUnreachable',
  ENETUNREACH: 'deliveryNetworkUnreachable',
  EAI_AGAIN: 'deliveryDnsAgain',
  ETIMEDOUT: 'deliveryConnectionTimedOut',
  UND_ERR_SOCKET: 'deliveryClosedUnexpectedly',
  UND_ERR_CLOSED: 'deliveryClosedUnexpectedly',
  UND_ERR_CONNECT_TIMEOUT: 'deliveryConnectionTimedOut',
  UND_ERR_HEADERS_TIMEOUT: 'deliveryNoHeadersInTime',
  UND_ERR_BODY_TIMEOUT: 'deliveryBodyStalled',
  ENOTFOUND: 'deliveryHostNotFound',
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

/** What went wrong, as a message of ours; an error we cannot name is quoted as it came. */
export function errorSaid(error: unknown, timeoutMs?: number): Said {
  const errors = chain(error)
  const refusal = errors.find((e) => codeOf(e) === 'DESTINATION_REFUSED') as
    (ErrorLike & { problem?: unknown }) | undefined
  if (refusal) {
    const problem = refusal.problem as OutboundProblem | undefined
    return problem
      ? { code: problem.key, params: problem.vars }
      : { code: 'deliveryError', detail: String(refusal.message) }
  }
  const seconds = timeoutMs === undefined ? null : Number((timeoutMs / 1000).toFixed(1))
  const timedOut = (): Said =>
    seconds === null ? { code: 'deliveryTimedOut' } : { code: 'deliveryTimedOutAfter', params: { seconds } }
  if (errors.some((e) => e.name === 'TimeoutError')) return timedOut()
  if (errors.some((e) => e.name === 'AbortError')) return seconds === null ? { code: 'deliveryAborted' } : timedOut()
  for (const e of errors) {
    const code = codeOf(e)
    if (code && DESCRIPTIONS[code]) return { code: DESCRIPTIONS[code] }
    if (code && /CERT|TLS|SSL/.test(code)) return { code: 'deliveryTls', params: { code } }
  }
  // The innermost message is the specific one; the outer is usually just "fetch failed".
  const withMessage = errors.filter((e) => typeof e.message === 'string' && e.message !== '')
  if (withMessage.length > 0)
    return { code: 'deliveryError', detail: String(withMessage[withMessage.length - 1].message) }
  return typeof error === 'string' && error
    ? { code: 'deliveryError', detail: error }
    : { code: 'deliveryUnknownError' }
}

export const describeError = (error: unknown, timeoutMs?: number): string => saidInEnglish(errorSaid(error, timeoutMs))
