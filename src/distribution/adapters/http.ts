import { outcome, scrubbed } from '../outcome'
import { redact } from '../redact'
import { parseRetryAfter } from '../retrySchedule'
import type { SendOutcome, SendRequest } from '../types'
import { errorSaid, isRetryableError, verdictForStatus } from '../verdict'

/** The plumbing every adapter shares: one deadline per attempt, bounded reads, scrubbed short messages. */

const MAX_MESSAGE = 200
const EXCERPT = 100
/** An answer is a status and a few fields: a receiver that streams megabytes is cut off here. */
const MAX_BODY_BYTES = 64 * 1024

/**
 * One HTTP answer. `excerpt` is the start of the body with secrets already masked: masking after
 * cutting could leave half a key behind. Anything else quoted in a message is masked when the
 * attempt ends, before the message is cut to length.
 */
export type Answer = { status: number; ok: boolean; headers: Headers; text: string; json: unknown; excerpt: string }
export type CallInit = {
  method: 'GET' | 'POST' | 'DELETE'
  headers?: Record<string, string>
  json?: unknown
  body?: string
}
export type Call = (url: string, init: CallInit) => Promise<Answer>

/**
 * Runs one attempt. Every exchange in it shares one deadline (`timeoutMs`, the 10 s rule), a thrown
 * error (timeout, refused connection) becomes a retry or a failure, and the message is scrubbed of
 * secrets before it is cut to length. `extraSecrets`: values besides the destination's secrets that
 * must not be quoted (an Ayrshare Profile-Key).
 */
export async function attempt(
  request: SendRequest,
  run: (call: Call) => Promise<SendOutcome>,
  extraSecrets: (string | null | undefined)[] = [],
): Promise<SendOutcome> {
  const secrets = secretsToHide([...request.destination.secrets, ...extraSecrets])
  const signal = AbortSignal.timeout(request.timeoutMs)
  const call: Call = async (url, init) => {
    const headers = { ...init.headers }
    let body = init.body
    if (init.json !== undefined) {
      headers['content-type'] ??= 'application/json'
      body = JSON.stringify(init.json)
    }
    // The guarded fetch follows redirects itself, checking each hop; any other fetch must not follow them unchecked.
    const response = await request.fetch(url, { method: init.method, headers, body, signal, redirect: 'manual' })
    const text = await readBounded(response)
    return {
      status: response.status,
      ok: response.ok,
      headers: response.headers,
      text,
      json: parseJson(text),
      excerpt: clip(redact(text, secrets), EXCERPT),
    }
  }
  let result: SendOutcome
  try {
    result = await run(call)
  } catch (error) {
    const said = errorSaid(error, request.timeoutMs)
    result = outcome(isRetryableError(error) ? 'retry' : 'failed', null, said.code, said.params, said.detail)
  }
  return scrubbed(result, (text) => clip(redact(text, secrets), MAX_MESSAGE))
}

/**
 * The verdict the status code gives (410 → disable, 429/5xx → retry, honouring Retry-After) and a
 * message `HTTP 500: <what the receiver said>`; `detail` is the service's own error message when
 * its body has one, else the first characters of the body are quoted.
 */
export function outcomeForStatus(request: SendRequest, answer: Answer, detail?: string | null): SendOutcome {
  const verdict = verdictForStatus(answer.status)
  const said = verdict === 'delivered' ? '' : detail || answer.excerpt
  const result = outcome(
    verdict,
    answer.status,
    said ? 'deliveryHttpSaid' : 'deliveryHttp',
    { status: answer.status },
    said,
  )
  if (verdict === 'retry') result.retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'), request.now())
  return result
}

/** A failure reported inside a successful HTTP answer (GraphQL errors, `status: "error"`). */
export function failedWith(answer: Answer, message: string | null | undefined): SendOutcome {
  return message
    ? outcome('failed', answer.status, 'deliveryServiceSaid', null, message)
    : outcome('failed', answer.status, 'deliveryUnexpectedAnswer', null, answer.excerpt)
}

/** Whitespace folded, cut to `max` characters with an ellipsis. */
export function clip(text: string, max = EXCERPT): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  return folded.length <= max ? folded : `${folded.slice(0, max - 1)}…`
}

/** `base` + `/path`, whether or not the configured URL ends with a slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`
}

/** Reads a JSON object's property without trusting the shape of the answer. */
export function field(value: unknown, ...path: (string | number)[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

export const stringField = (value: unknown, ...path: (string | number)[]): string | null => {
  const found = field(value, ...path)
  return typeof found === 'string' ? found : typeof found === 'number' ? String(found) : null
}

/** Empty values are left out: they would match everywhere. redact() adds the encoded variants. */
function secretsToHide(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))]
}

async function readBounded(response: Response): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  while (size < MAX_BODY_BYTES) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks).toString('utf8')
    chunks.push(value)
    size += value.byteLength
  }
  await reader.cancel().catch(() => {})
  return Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8')
}

function parseJson(text: string): unknown {
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
