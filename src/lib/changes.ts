import { NON_EDITORIAL_FIELDS } from './permissions'

const IGNORED = new Set([
  'updatedAt',
  'createdAt',
  'id',
  '_status',
  'createdBy',
  'publishedAt',
  'byline',
  'spokespeople',
  'adoptionCount',
  'sponsored',
  'embargoed',
])

/**
 * Top-level fields whose value differs between two versions of a document (the audit's "what
 * changed"). Compared as a write is: a relationship read at another depth is the same value.
 */
export function changedFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown>,
): string[] {
  return Object.keys(after)
    .filter((name) => !IGNORED.has(name))
    .filter((name) => !sameContent(after[name], before?.[name]))
    .sort()
}

/** Fields the workflow and the hooks manage themselves: what a client sends for them is not an edit of the piece. */
const MANAGED = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'workflowStatus',
  'reviewNote',
  'createdBy',
  'publishedAt',
  'byline',
  'spokespeople',
  'adoptionCount',
  'sponsored',
  'embargoed',
  'subjects',
  'comments',
])

type Doc = Record<string, unknown>

const isObject = (value: unknown): value is Doc => Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T/

/** Nothing said: null, '', an empty list, or a group (or row) whose every value is empty. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (Array.isArray(value)) return value.every(isEmpty)
  if (isObject(value)) return Object.entries(value).every(([key, inner]) => key === 'id' || isEmpty(inner))
  return false
}

function sameScalar(sent: unknown, stored: unknown): boolean {
  if (typeof sent === 'string' && typeof stored === 'string' && ISO_DATE.test(sent) && ISO_DATE.test(stored)) {
    return Date.parse(sent) === Date.parse(stored)
  }
  // Ids travel as numbers in JSON and as strings in forms.
  return String(sent) === String(stored)
}

/**
 * Whether a value sent by a client says what is stored. Keys the client leaves out of a group keep
 * their stored value (Payload merges them), and a relationship may come as an id or as the document.
 */
export function sameContent(sent: unknown, stored: unknown): boolean {
  if (isEmpty(sent) && isEmpty(stored)) return true
  if (Array.isArray(sent) || Array.isArray(stored)) {
    if (!Array.isArray(sent) || !Array.isArray(stored) || sent.length !== stored.length) return false
    return sent.every((item, index) => sameContent(item, stored[index]))
  }
  if (isObject(sent) && isObject(stored)) return Object.keys(sent).every((key) => sameContent(sent[key], stored[key]))
  if (isObject(sent) && 'id' in sent && !isObject(stored)) return sameScalar(sent.id, stored)
  if (isObject(stored) && 'id' in stored && !isObject(sent)) return sameScalar(sent, stored.id)
  if (isObject(sent) || isObject(stored)) return false
  return sameScalar(sent, stored)
}

/**
 * The top-level fields a write really changes. The admin's form sends the whole document back on
 * every save (its SEO group as nulls even when never filled): only a value that differs from the
 * stored one is a change.
 */
export function fieldsChangedBy(sent: Doc, stored: Doc | null | undefined): string[] {
  return Object.keys(sent).filter((field) => !MANAGED.has(field) && !sameContent(sent[field], stored?.[field]))
}

/** Of these fields, those that are the piece's editorial content: what a review approves. */
export function editorialFields(fields: readonly string[]): string[] {
  return fields.filter((field) => !(NON_EDITORIAL_FIELDS as readonly string[]).includes(field))
}
