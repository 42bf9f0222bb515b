/**
 * Reading a public submission (a business's listing, an aid post) against a small declarative spec:
 * every problem named at once, by field, as message keys the endpoint translates. Text is kept as
 * typed (HTML included: it is shown escaped everywhere), minus control characters.
 */
export type FieldSpec =
  | { type: 'text'; required?: boolean; max: number; min?: number; multiline?: boolean }
  | { type: 'choice'; required?: boolean; options: readonly string[] }
  | { type: 'choices'; options: readonly string[] }
  | { type: 'email'; required?: boolean }
  | { type: 'phone'; required?: boolean }
  | { type: 'url'; required?: boolean }
  | { type: 'integer'; required?: boolean; min: number; max: number }

export type Spec = Record<string, FieldSpec>
export type Problem = { path: string; problem: string; vars?: Record<string, string | number> }

/** A field no person fills in: the forms hide it; bots that fill every input give themselves away. */
export const HONEYPOT_FIELD = 'fax'
export const MAX_LINKS = 2

export const isHoneypotFilled = (body: Record<string, unknown>) =>
  typeof body[HONEYPOT_FIELD] === 'string' && body[HONEYPOT_FIELD].trim() !== ''

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/
const PHONE = /^\+?[0-9 .()-]{6,20}$/

export const countLinks = (texts: string[]) => texts.reduce((sum, text) => sum + (text.match(LINK)?.length ?? 0), 0)

function clean(value: unknown, multiline = false): string {
  if (typeof value !== 'string') return ''
  const text = value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim()
  return multiline ? text : text.replace(/\s+/g, ' ')
}

function readField(path: string, spec: FieldSpec, raw: unknown): { value?: unknown; problem?: Problem } {
  const absent = raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0)
  if (absent) return 'required' in spec && spec.required ? { problem: { path, problem: 'fieldRequired' } } : {}
  switch (spec.type) {
    case 'text': {
      const text = clean(raw, spec.multiline)
      const length = [...text].length
      if (typeof raw !== 'string' || length < (spec.min ?? (spec.required ? 1 : 0)) || length > spec.max) {
        return { problem: { path, problem: 'fieldLength', vars: { min: spec.min ?? 1, max: spec.max, got: length } } }
      }
      return { value: text }
    }
    case 'choice':
      return typeof raw === 'string' && spec.options.includes(raw)
        ? { value: raw }
        : { problem: { path, problem: 'fieldChoice', vars: { allowed: spec.options.join(', ') } } }
    case 'choices': {
      const list = Array.isArray(raw) ? raw : [raw]
      return list.every((item) => typeof item === 'string' && spec.options.includes(item))
        ? { value: [...new Set(list as string[])] }
        : { problem: { path, problem: 'fieldChoice', vars: { allowed: spec.options.join(', ') } } }
    }
    case 'email': {
      const text = clean(raw).toLowerCase()
      return EMAIL.test(text) && text.length <= 254 ? { value: text } : { problem: { path, problem: 'fieldEmail' } }
    }
    case 'phone': {
      const text = clean(raw)
      return PHONE.test(text) ? { value: text } : { problem: { path, problem: 'fieldPhone' } }
    }
    case 'url': {
      const text = clean(raw)
      try {
        const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`)
        if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && text.length <= 300)
          return { value: url.toString() }
      } catch {
        // reported below
      }
      return { problem: { path, problem: 'fieldUrl' } }
    }
    case 'integer': {
      const number = typeof raw === 'number' ? raw : Number(raw)
      return Number.isInteger(number) && number >= spec.min && number <= spec.max
        ? { value: number }
        : { problem: { path, problem: 'fieldInteger', vars: { min: spec.min, max: spec.max } } }
    }
  }
}

/** The submission's fields as they will be stored, or every problem; at most two links across the free text. */
export function readSubmission(
  spec: Spec,
  body: Record<string, unknown>,
  freeText: string[],
): { data: Record<string, unknown> } | { problems: Problem[] } {
  const data: Record<string, unknown> = {}
  const problems: Problem[] = []
  for (const [path, field] of Object.entries(spec)) {
    const { value, problem } = readField(path, field, body[path])
    if (problem) problems.push(problem)
    else if (value !== undefined) data[path] = value
  }
  const links = countLinks(freeText.map((path) => String(data[path] ?? '')))
  if (links > MAX_LINKS)
    problems.push({
      path: freeText[freeText.length - 1],
      problem: 'tooManyLinks',
      vars: { max: MAX_LINKS, count: links },
    })
  return problems.length ? { problems } : { data }
}
