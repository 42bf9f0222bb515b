/**
 * The JSON shape each field type can take, checked before Payload reads a write: Payload's own
 * validation runs after hooks that assume the shape (a group set to null, an object in a text
 * column), so a wrong shape otherwise ends as a 500 from the database, or is stored as "{}".
 * Only the type is checked here; values (options, lengths, required) stay Payload's to validate.
 */
import type { MessageKey } from '../i18n/translate'

/** The parts of Payload's field config this check reads. */
export type ShapeField = {
  type: string
  name?: string
  hasMany?: boolean
  localized?: boolean
  relationTo?: string | string[]
  fields?: ShapeField[]
  tabs?: ShapeField[]
  blocks?: { slug: string; fields: ShapeField[] }[]
}

export type ShapeProblem = { path: string; problem: MessageKey }

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
const isText = (value: unknown) => typeof value === 'string' || typeof value === 'number'
const isNumber = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
const isDate = (value: unknown) =>
  value instanceof Date || (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
const isReference = (value: unknown) => typeof value === 'string' || typeof value === 'number' || isObject(value)
const listOf = (check: (value: unknown) => boolean) => (value: unknown) => Array.isArray(value) && value.every(check)

/** Per leaf type: the check and the message when it fails, single and hasMany. */
const LEAVES: Record<string, [(value: unknown) => boolean, MessageKey, MessageKey?]> = {
  text: [isText, 'expectedText', 'expectedTexts'],
  textarea: [isText, 'expectedText'],
  email: [isText, 'expectedText'],
  code: [isText, 'expectedText'],
  number: [isNumber, 'expectedNumber', 'expectedNumbers'],
  checkbox: [(value) => typeof value === 'boolean', 'expectedBoolean'],
  date: [isDate, 'expectedDate'],
  select: [(value) => typeof value === 'string', 'expectedOption', 'expectedOptions'],
  radio: [(value) => typeof value === 'string', 'expectedOption'],
  point: [(value) => Array.isArray(value) && value.length === 2 && value.every(isNumber), 'expectedPoint'],
  relationship: [isReference, 'expectedReference'],
  upload: [isReference, 'expectedReference'],
}

/** Keys of a localized value written for every locale at once (`{ fr: …, en: … }`). */
function perLocale(value: unknown, locales: string[]): unknown[] | null {
  if (!isObject(value)) return null
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => locales.includes(key)) ? Object.values(value) : null
}

function checkLeaf(field: ShapeField, value: unknown, path: string, problems: ShapeProblem[]): void {
  const leaf = LEAVES[field.type]
  if (!leaf || value === null) return
  const [check, single, many] = leaf
  const hasMany =
    field.hasMany || (field.type === 'relationship' && Array.isArray(value) && Array.isArray(field.relationTo))
  const ok = hasMany ? listOf(check)(value) : check(value)
  if (!ok) problems.push({ path, problem: hasMany ? (many ?? single) : single })
}

function checkField(
  field: ShapeField,
  data: Record<string, unknown>,
  prefix: string,
  locales: string[],
  problems: ShapeProblem[],
): void {
  // Fields that only arrange others (rows, collapsibles, unnamed groups and tabs) share their parent's data.
  if (!field.name) {
    // A tab carries no type of its own: a named one holds its fields like a group.
    const tabs = (field.tabs ?? []).map((tab) => ({ ...tab, type: tab.name ? 'group' : 'row' }))
    const children = field.type === 'tabs' ? tabs : (field.fields ?? [])
    for (const child of children) checkField(child, data, prefix, locales, problems)
    return
  }
  if (!(field.name in data) || data[field.name] === undefined) return
  const path = `${prefix}${field.name}`
  const value = data[field.name]
  const values = (field.localized && perLocale(value, locales)) || [value]
  for (const one of values) checkValue(field, one, path, locales, problems)
}

function checkValue(
  field: ShapeField,
  value: unknown,
  path: string,
  locales: string[],
  problems: ShapeProblem[],
): void {
  if (field.type === 'group') {
    if (!isObject(value)) problems.push({ path, problem: 'expectedObject' })
    else for (const child of field.fields ?? []) checkField(child, value, `${path}.`, locales, problems)
  } else if (field.type === 'array') {
    // The admin's form sends a list without rows as its row count, 0.
    if (value === null || value === 0) return
    if (!listOf(isObject)(value)) problems.push({ path, problem: 'expectedRows' })
    else
      (value as Record<string, unknown>[]).forEach((row, i) =>
        checkFields(field.fields ?? [], row, `${path}.${i}.`, locales, problems),
      )
  } else if (field.type === 'blocks') {
    if (value === null || value === 0) return
    const rows = Array.isArray(value) ? value : []
    const blocks = rows.map((row) => isObject(row) && field.blocks?.find((block) => block.slug === row.blockType))
    if (!Array.isArray(value) || blocks.some((block) => !block)) problems.push({ path, problem: 'expectedBlocks' })
    else rows.forEach((row, i) => blocks[i] && checkFields(blocks[i].fields, row, `${path}.${i}.`, locales, problems))
  } else {
    checkLeaf(field, value, path, problems)
  }
}

function checkFields(
  fields: ShapeField[],
  data: Record<string, unknown>,
  prefix: string,
  locales: string[],
  problems: ShapeProblem[],
): void {
  for (const field of fields) checkField(field, data, prefix, locales, problems)
}

/** Every field of a write whose value has a shape its type cannot take. */
export function shapeProblems(
  fields: ShapeField[],
  data: Record<string, unknown>,
  locales: string[] = [],
): ShapeProblem[] {
  const problems: ShapeProblem[] = []
  checkFields(fields, data, '', locales, problems)
  return problems
}
