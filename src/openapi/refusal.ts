import type { MessageKey } from '../i18n/translate'
import type { Violation } from './contract'

export type Translate = (key: MessageKey, vars?: Record<string, unknown>) => string

/** A refused input's fields as Payload's `ValidationError` lists them: the field's path and what is wrong. */
export type FieldError = { path: string; in: Violation['in']; message: string }

const EXPECTED: [string, MessageKey][] = [
  ['format:date-time', 'expectedDate'],
  ['string', 'expectedText'],
  ['integer', 'expectedNumber'],
  ['number', 'expectedNumber'],
  ['boolean', 'expectedBoolean'],
  ['array', 'expectedRows'],
  ['object', 'expectedObject'],
]

/** The field's problem in the client's language. */
function problemOf(violation: Violation, t: Translate): string {
  if (violation.keyword === 'required') return t('contractRequired')
  if (violation.keyword === 'additionalProperties') return t('contractNotAField')
  if (violation.keyword === 'enum')
    return `${t('expectedOption')} (${(violation.allowed ?? []).map((v) => JSON.stringify(v)).join(', ')})`
  const expected = EXPECTED.find(([type]) => violation.expected?.includes(type))
  return expected ? t(expected[1]) : t('contractInvalid', { detail: violation.message })
}

/**
 * Each problem of an input as one message naming its field: the same words whether the edge
 * refuses an HTTP request or the write hook a GraphQL or Local API write.
 */
export const fieldErrors = (violations: Violation[], t: Translate): FieldError[] =>
  violations.map((violation) => ({
    path: violation.path,
    in: violation.in,
    message: t('fieldProblem', { path: violation.path || violation.in, problem: problemOf(violation, t) }),
  }))

/** The refusal's message: every field's, in order. */
export const refusalMessage = (errors: FieldError[]) => errors.map((error) => error.message).join(' ')
