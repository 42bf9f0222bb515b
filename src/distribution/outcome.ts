import { saying, type Said, type SaidVars } from '../i18n/deliveries'
import type { SendOutcome } from './types'

/** An outcome worded by one of our messages (its English text and its key travel together). */
export const outcome = (
  verdict: SendOutcome['verdict'],
  statusCode: number | null,
  code: Said['code'],
  params?: SaidVars | null,
  detail?: string | null,
): SendOutcome => ({ verdict, statusCode, ...saying(code, params, detail) })

/** The outcome with `clean` applied to every text it quotes: its message, its values and what the other side said. */
export function scrubbed(result: SendOutcome, clean: (text: string) => string): SendOutcome {
  const { said } = result
  const params =
    said.params &&
    Object.fromEntries(Object.entries(said.params).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : v]))
  return {
    ...result,
    message: clean(result.message),
    said: { ...said, ...(params ? { params } : {}), ...(said.detail ? { detail: clean(said.detail) } : {}) },
  }
}
