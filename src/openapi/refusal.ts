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

const BOUNDS: Record<string, MessageKey> = {
  maxLength: 'contractMaxLength',
  minLength: 'contractMinLength',
  maximum: 'contractMaximum',
  minimum: 'contractMinimum',
  exclusiveMaximum: 'contractBelow',
  exclusiveMinimum: 'contractAbove',
  maxItems: 'contractMaxItems',
  minItems: 'contractMinItems',
  maxProperties: 'contractMaxItems',
}

const FORMATS: Record<string, MessageKey> = {
  email: 'contractEmail',
  uri: 'contractUrl',
  date: 'contractDay',
  'date-time': 'expectedDate',
}

/** The field's problem in the client's language. */
function problemOf(violation: Violation, t: Translate): string {
  if (violation.keyword === 'required') return t('contractRequired')
  if (violation.keyword === 'additionalProperties') return t('contractNotAField')
  if (violation.keyword === 'enum')
    return `${t('expectedOption')} (${(violation.allowed ?? []).map((v) => JSON.stringify(v)).join(', ')})`
  const expected = EXPECTED.find(([type]) => violation.expected?.includes(type))
  if (expected) return t(expected[1])
  // The validator's own words are English: each bound and format is said in the client's language.
  const bound = BOUNDS[violation.keyword]
  if (bound && violation.limit !== undefined) return t(bound, { limit: violation.limit })
  if (violation.keyword === 'format') return t(FORMATS[String(violation.limit)] ?? 'contractFormat')
  return t('contractFormat')
}

/** The schema's own message for the problem (`x-message`), its numbers written as the language writes them. */
function wordedMessage(violation: Violation, t: Translate, language: string): string | undefined {
  if (!violation.worded) return undefined
  const number = (n: unknown) => (typeof n === 'number' ? n.toLocaleString(language === 'en' ? 'en' : 'fr') : n)
  const { min, max, ...vars } = violation.worded.vars
  const field = violation.path || violation.in
  return t(violation.worded.key as MessageKey, { ...vars, field, name: field, min: number(min), max: number(max) })
}

/**
 * Each problem of an input as one message naming its field: the same words whether the edge
 * refuses an HTTP request or the write hook a GraphQL or Local API write. A field whose schema
 * names its own message (the public forms') is refused in those words.
 */
export function fieldErrors(violations: Violation[], t: Translate, language = 'fr'): FieldError[] {
  const errors = violations.map((violation) => ({
    path: violation.path,
    in: violation.in,
    message:
      wordedMessage(violation, t, language) ??
      t('fieldProblem', { path: violation.path || violation.in, problem: problemOf(violation, t) }),
  }))
  // A value failing two keywords of one field (its type and its options) is said once when the words are the same.
  return errors.filter(
    (error, index) => errors.findIndex((e) => e.path === error.path && e.message === error.message) === index,
  )
}

/** The refusal's message: every field's, in order. */
export const refusalMessage = (errors: FieldError[]) => errors.map((error) => error.message).join(' ')
