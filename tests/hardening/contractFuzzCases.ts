/** Inputs that break an OpenAPI operation's contract, drawn with a seeded generator. */
export const ACTORS = ['anonymous', 'admin'] as const

type Schema = {
  type?: string | string[]
  $ref?: string
  oneOf?: Schema[]
  anyOf?: Schema[]
  enum?: unknown[]
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: unknown
  format?: string
  minimum?: number
  items?: Schema
  readOnly?: boolean
}
type Parameter = { name: string; in: string; style?: string; schema?: Schema }
export type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }
export type Doc = { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, Schema> } }

export type Case = { category: string; note: string; violates: boolean; body?: string; query?: string; path?: string }

/** A small seeded generator (mulberry32): the same seed draws the same cases. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: () => number, items: T[]): T => items[Math.floor(random() * items.length)]

const resolve = (doc: Doc, schema: Schema | undefined): Schema | undefined =>
  schema?.$ref ? resolve(doc, doc.components.schemas[schema.$ref.split('/').pop()!]) : schema

/** The JSON types a schema allows, or null when it says nothing (anything goes). */
function allowedTypes(doc: Doc, schema: Schema | undefined): Set<string> | null {
  const resolved = resolve(doc, schema)
  if (!resolved) return null
  const alternatives = resolved.oneOf ?? resolved.anyOf
  if (alternatives) {
    const all = new Set<string>()
    for (const alternative of alternatives) {
      const types = allowedTypes(doc, alternative)
      if (!types) return null
      types.forEach((t) => all.add(t))
    }
    return all
  }
  if (resolved.type === undefined)
    return resolved.properties ? new Set(['object']) : resolved.enum ? new Set(resolved.enum.map(jsonType)) : null
  return new Set(([] as string[]).concat(resolved.type))
}

const jsonType = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value
const VALUES: unknown[] = [{}, [], 'STRING', 12345, 1.5, true, null, [{}], { nested: { deeper: [] } }]

/** A value of a JSON type the schema does not allow, if there is one. */
function wrongValue(doc: Doc, schema: Schema | undefined, random: () => number): { value: unknown } | null {
  const allowed = allowedTypes(doc, schema)
  if (!allowed) return null
  const fits = (value: unknown) => {
    const type = jsonType(value)
    return allowed.has(type) || (type === 'integer' && allowed.has('number'))
  }
  const candidates = VALUES.filter((value) => !fits(value))
  return candidates.length ? { value: pick(random, candidates) } : null
}

/** Bodies that break the operation's JSON body schema: wrong types, unknown fields, a missing required field, not an object. */
export function badBodies(doc: Doc, operation: Operation, random: () => number): Case[] {
  const schema = resolve(doc, operation.requestBody?.content?.['application/json']?.schema)
  if (!schema) return []
  const cases: Case[] = [
    {
      category: 'body not an object',
      note: 'array',
      violates: true,
      body: pick(random, ['[]', '"text"', '42', '[{"title":"x"}]']),
    },
  ]
  const properties = Object.entries(schema.properties ?? {}).filter(([, property]) => !resolve(doc, property)?.readOnly)
  for (let i = 0; i < Math.min(3, properties.length); i++) {
    const [name, property] = pick(random, properties)
    const wrong = wrongValue(doc, property, random)
    if (wrong)
      cases.push({
        category: 'body field of a wrong type',
        note: name,
        violates: true,
        body: JSON.stringify({ [name]: wrong.value }),
      })
    const resolved = resolve(doc, property)
    if (resolved?.enum && allowedTypes(doc, property)?.has('string')) {
      cases.push({
        category: 'body field outside its options',
        note: name,
        violates: true,
        body: JSON.stringify({ [name]: 'not-an-option-zz' }),
      })
    }
  }
  if (schema.additionalProperties === false) {
    cases.push({
      category: 'body with an unknown field',
      note: 'zzUnknown',
      violates: true,
      body: JSON.stringify({ zzUnknown: pick(random, VALUES) }),
    })
  }
  if (schema.required?.length) {
    cases.push({
      category: 'body missing a required field',
      note: schema.required.join(','),
      violates: true,
      body: '{}',
    })
  }
  return cases
}

/** Query parameters that break their schema (numbers that are not, below their minimum, booleans, where). */
export function badQueries(operation: Operation, random: () => number): Case[] {
  const cases: Case[] = []
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== 'query') continue
    const types = ([] as string[]).concat(parameter.schema?.type ?? [])
    let value: string | undefined
    if (parameter.name === 'where') value = pick(random, ['STRING', '[1,2]', '{"a":', '42'])
    else if (types.includes('integer')) value = pick(random, ['abc', '1.5', '-7', '1e400', ''])
    else if (types.includes('number')) value = pick(random, ['abc', 'NaN-ish', ''])
    else if (types.includes('boolean')) value = pick(random, ['maybe', '2'])
    else if (parameter.schema?.enum) value = 'not-an-option-zz'
    else if (parameter.schema?.format === 'date-time') value = 'not-a-date'
    if (value === undefined) continue
    // '-7' is valid where no minimum applies.
    if (value === '-7' && parameter.schema?.minimum === undefined) continue
    cases.push({
      category: 'query parameter of a wrong type',
      note: parameter.name,
      violates: true,
      query: `${encodeURIComponent(parameter.name)}=${encodeURIComponent(value)}`,
    })
  }
  return cases
}

/** Odd ids in the path: none is valid, none may cause a 5xx or a change. */
export function badIds(template: string, random: () => number): Case[] {
  if (!/\{\w+\}/.test(template)) return []
  const id = pick(random, [
    'abc',
    '-1',
    '1.5',
    '%00',
    '9'.repeat(40),
    '..%2F..%2Fetc',
    "1'%20OR%20'1'='1",
    '%F0%9F%92%A5',
  ])
  return [{ category: 'odd id in the path', note: id, violates: false, path: id }]
}
