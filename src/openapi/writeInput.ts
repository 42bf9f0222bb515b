import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { requestContract, type OpenApiDocument, type RequestContract, type Tolerated, type Violation } from './contract'
import { openApiDocument } from './document'

type IdType = 'number' | 'text'

const contracts = new WeakMap<SanitizedConfig, Partial<Record<IdType, RequestContract>>>()

/**
 * The request schemas of the published document, compiled once per config (each schema on its
 * first use) and shared by everything that checks an input: the edge for HTTP requests, the write
 * hook for GraphQL and the Local API.
 */
export function compiledContract(config: SanitizedConfig, idType: IdType): RequestContract {
  const byIdType = contracts.get(config) ?? {}
  contracts.set(config, byIdType)
  byIdType[idType] ??= requestContract(openApiDocument(config, idType) as unknown as OpenApiDocument)
  return byIdType[idType]
}

/** How a write reaches Payload. */
export type WriteContext = {
  /** Saved as a draft: Payload leaves required fields to the publication. */
  draft: boolean
  /** The admin's form data (`_payload` of a multipart body), with the admin's own conventions. */
  adminForm: boolean
}

const CONTAINERS = new Set(['group', 'tab', 'array', 'blocks', 'join'])

const pathOf = (instancePath: string) =>
  instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))

function valueAt(body: unknown, path: string[]): unknown {
  let value = body
  for (const part of path)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined
  return value
}

/** The field a data path names (`meta.title`, `openingHours.0.day`), through groups, tabs and array rows. */
function fieldAt(fields: FlattenedField[], path: string[]): FlattenedField | undefined {
  const [name, ...rest] = path
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field || !rest.length) return field
  if (field.type === 'group' || field.type === 'tab') return fieldAt(field.flattenedFields, rest)
  if (field.type === 'array') return fieldAt(field.flattenedFields, rest.slice(1))
  return undefined
}

/**
 * What a write may carry beyond its input schema, each for a reason Payload itself gives:
 * a draft may leave a required field missing or emptied (Payload validates required fields on
 * publication; a draft's columns accept null), and the admin's form sends a list without rows as
 * its row count (0) and a new password with its confirmation (`confirm-password`, which Payload ignores).
 */
export function tolerated(collection: SanitizedCollectionConfig, context: WriteContext): Tolerated | undefined {
  const draft = context.draft && Boolean(collection.versions?.drafts)
  if (!draft && !context.adminForm) return undefined
  const fields = collection.flattenedFields
  return (error, body) => {
    const path = pathOf(error.instancePath)
    if (draft) {
      if (error.keyword === 'required') return Boolean(fieldAt(fields, [...path, String(error.params.missingProperty)]))
      const field = fieldAt(fields, path)
      if (field && !CONTAINERS.has(field.type) && valueAt(body, path) === null) return true
    }
    if (context.adminForm) {
      const field = fieldAt(fields, path)
      if ((field?.type === 'array' || field?.type === 'blocks') && valueAt(body, path) === 0) return true
      const extra = error.keyword === 'additionalProperties' ? error.params.additionalProperty : undefined
      if (collection.auth && path.length === 0 && extra === 'confirm-password') return true
    }
    return false
  }
}

/**
 * A write's data against the collection's published input schema: `<slug>.create` for a creation,
 * `<slug>.input` for an update. The data is read as JSON, as a client would send it (dates as text).
 */
export function writeProblems(
  config: SanitizedConfig,
  idType: IdType,
  collection: SanitizedCollectionConfig,
  operation: 'create' | 'update',
  data: unknown,
  context: WriteContext,
): Violation[] {
  const schema = `${collection.slug}.${operation === 'create' ? 'create' : 'input'}`
  return compiledContract(config, idType).checkSchema(schema, data, tolerated(collection, context))
}
