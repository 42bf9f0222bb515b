import type { RequestProblem } from '../i18n/server'

/**
 * What Payload's REST layer would answer with a 500 (a query it cannot run, a body it cannot read),
 * recognised beforehand so that the client is told, with a 4xx, what is wrong.
 */

export const MAX_LIMIT = 10_000
export const MAX_PAGE = 1_000_000

const WHOLE = /^\d{1,15}$/

/** A parameter that must be a whole number within bounds. */
export const wholeNumberProblem = (name: string, min: number, max: number, got: string): RequestProblem => ({
  key: 'wholeNumberParam',
  vars: { name, min, max, got: got.slice(0, 20) },
})

/** `limit` and `page`, when given, as Payload can use them; the first problem found, or null. */
export function paginationProblem(params: URLSearchParams): RequestProblem | null {
  const limit = params.get('limit')
  if (limit !== null && (!WHOLE.test(limit) || Number(limit) > MAX_LIMIT))
    return wholeNumberProblem('limit', 0, MAX_LIMIT, limit)
  const page = params.get('page')
  if (page !== null && (!WHOLE.test(page) || Number(page) < 1 || Number(page) > MAX_PAGE))
    return wholeNumberProblem('page', 1, MAX_PAGE, page)
  return null
}

/** A document id, where the database numbers documents: digits only. */
export const isNumericId = (segment: string) => WHOLE.test(segment)

/** Whether a JSON text holds a NUL character in a string (PostgreSQL cannot store one in text). */
const hasNul = (value: unknown): boolean => {
  if (typeof value === 'string') return value.includes('\u0000')
  if (Array.isArray(value)) return value.some(hasNul)
  if (value && typeof value === 'object')
    return Object.entries(value).some(([key, entry]) => key.includes('\u0000') || hasNul(entry))
  return false
}

/**
 * A write's JSON body, which must be an object, parsable, without NUL characters: the parsed value
 * (absent for an empty body), or the problem.
 */
export function parseJsonBody(text: string): { body?: object; problem: RequestProblem | null } {
  if (!text.trim()) return { problem: null }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return { problem: { key: 'bodyNotJson', vars: { detail: (error as Error).message } } }
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { problem: { key: 'bodyNotObject' } }
  if (hasNul(body)) return { problem: { key: 'bodyNul' } }
  return { body, problem: null }
}

export const jsonBodyProblem = (text: string): RequestProblem | null => parseJsonBody(text).problem

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** A JSON value in Payload's bracket form (`where[slug][equals]=x`), the form it parses. */
function bracketPairs(prefix: string, value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => bracketPairs(`${prefix}[${index}]`, entry))
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, entry]) => bracketPairs(`${prefix}[${key}]`, entry))
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
}

/**
 * `where` as Payload can use it. Given as a JSON text (`where={"slug":{"equals":"x"}}`), it is rewritten
 * to the bracket form; `where=text`, `where[0]=…` or a JSON value that is not an object are refused
 * (Payload answers them with a 500). Returns the query to use, or 'invalid'.
 */
export function whereQuery(search: string): { search: string } | 'invalid' {
  const params = new URLSearchParams(search)
  if ([...params.keys()].some((key) => /^where\[\d*\]/.test(key))) return 'invalid'
  const text = params.get('where')
  if (text === null) return { search }
  let where: unknown
  try {
    where = JSON.parse(text)
  } catch {
    return 'invalid'
  }
  if (!isPlainObject(where)) return 'invalid'
  const rest = [...params]
    .filter(([key]) => key !== 'where')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
  return { search: [...rest, ...bracketPairs('where', where)].join('&') }
}
