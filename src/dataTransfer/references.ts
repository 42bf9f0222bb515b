/**
 * Finds and filters the references a stored document holds to other documents (relationship and
 * upload fields, at any depth: groups, tabs, arrays, blocks, every locale). The importer uses it to
 * write documents after those they point to, since the SQL adapters enforce foreign keys.
 *
 * The shapes below are the part of Payload's flattened field config this needs, so that the module
 * stays free of Payload and can be tested alone.
 */
export type FieldShape = {
  type: string
  name?: string
  localized?: boolean
  relationTo?: string | string[]
  hasMany?: boolean
  required?: boolean
  flattenedFields?: FieldShape[]
  blocks?: (BlockShape | string)[]
  blockReferences?: (BlockShape | string)[]
}

export type BlockShape = { slug: string; flattenedFields: FieldShape[] }

export type Id = number | string

/**
 * `required`: the reference sits in a NOT NULL column (a required single relationship), so the
 * document cannot be written without it; other references can be filled in by a later update.
 */
export type Reference = { collection: string; id: Id; required: boolean }

export type Schema = {
  /** Blocks declared once in the config and referred to by slug. */
  blocks?: Record<string, BlockShape>
}

type Data = Record<string, unknown>

type Visit = (reference: Reference) => boolean

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

const isId = (value: unknown): value is Id => typeof value === 'number' || (typeof value === 'string' && value !== '')

/** Every reference a document holds, in field order (duplicates included). */
export function referencesOf(fields: FieldShape[], data: Data, schema: Schema = {}): Reference[] {
  const found: Reference[] = []
  mapFields(fields, data, schema, false, (reference) => {
    found.push(reference)
    return true
  })
  return found
}

/**
 * A copy of the document without the references `keep` refuses: a single relationship becomes null,
 * a list loses the entry. Everything else is left as it is.
 */
export function withoutReferences(
  fields: FieldShape[],
  data: Data,
  keep: (reference: Reference) => boolean,
  schema: Schema = {},
): Data {
  return mapFields(fields, data, schema, false, keep)
}

function mapFields(fields: FieldShape[], data: Data, schema: Schema, insideLocalized: boolean, visit: Visit): Data {
  const result: Data = { ...data }
  for (const field of fields) {
    if (!field.name || !(field.name in data)) continue
    const value = data[field.name]
    // A localized field holds one value per locale; fields inside it are not keyed again.
    if (field.localized && !insideLocalized && isObject(value)) {
      result[field.name] = Object.fromEntries(
        Object.entries(value).map(([locale, perLocale]) => [locale, mapValue(field, perLocale, schema, true, visit)]),
      )
    } else {
      result[field.name] = mapValue(field, value, schema, insideLocalized, visit)
    }
  }
  return result
}

function mapValue(field: FieldShape, value: unknown, schema: Schema, insideLocalized: boolean, visit: Visit): unknown {
  if (value === null || value === undefined) return value
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return mapRelationship(field, value, visit)
    case 'group':
    case 'tab':
      return isObject(value) ? mapFields(field.flattenedFields ?? [], value, schema, insideLocalized, visit) : value
    case 'array':
      return Array.isArray(value)
        ? value.map((row) =>
            isObject(row) ? mapFields(field.flattenedFields ?? [], row, schema, insideLocalized, visit) : row,
          )
        : value
    case 'blocks':
      return Array.isArray(value) ? value.map((row) => mapBlock(field, row, schema, insideLocalized, visit)) : value
    default:
      return value
  }
}

function mapBlock(field: FieldShape, row: unknown, schema: Schema, insideLocalized: boolean, visit: Visit): unknown {
  if (!isObject(row)) return row
  const candidates = [...(field.blockReferences ?? []), ...(field.blocks ?? [])]
  const block = candidates
    .map((candidate) => (typeof candidate === 'string' ? schema.blocks?.[candidate] : candidate))
    .find((candidate) => candidate?.slug === row.blockType)
  return block ? mapFields(block.flattenedFields, row, schema, insideLocalized, visit) : row
}

function mapRelationship(field: FieldShape, value: unknown, visit: Visit): unknown {
  const one = (entry: unknown): { keep: boolean } => {
    const reference = toReference(field, entry)
    return { keep: reference ? visit(reference) : true }
  }
  if (field.hasMany || Array.isArray(value)) {
    return Array.isArray(value) ? value.filter((entry) => one(entry).keep) : value
  }
  return one(value).keep ? value : null
}

function toReference(field: FieldShape, entry: unknown): Reference | null {
  // Lists and polymorphic relationships live in a separate table, where nothing makes them required.
  const required = Boolean(field.required && !field.hasMany && !Array.isArray(field.relationTo))
  if (Array.isArray(field.relationTo)) {
    // Polymorphic: { relationTo, value }, where value may itself be populated.
    if (!isObject(entry) || typeof entry.relationTo !== 'string') return null
    const id = isObject(entry.value) ? entry.value.id : entry.value
    return isId(id) ? { collection: entry.relationTo, id, required } : null
  }
  if (typeof field.relationTo !== 'string') return null
  const id = isObject(entry) ? entry.id : entry
  return isId(id) ? { collection: field.relationTo, id, required } : null
}
