import { configToJSONSchema, type Field, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'

import type { Schema } from './operation'

// Stored for the authentication strategy, never returned by the API.
const AUTH_INTERNALS = ['salt', 'hash', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil']
// Set by Payload (or by hooks) on save: documented on reads, not accepted as input.
const SERVER_SET = ['id', 'createdAt', 'updatedAt']
// What Payload adds to a signed-in account's answers (login, me, the account itself).
const SESSION_ANSWERS = ['collection', '_strategy', 'sessions']

const rewriteRefs = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(rewriteRefs)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string'
        ? inner.replace('#/definitions/', '#/components/schemas/')
        : rewriteRefs(inner),
    ]),
  )
}

/**
 * A nullable select lists `null` among its values, so that a validator accepts the null it allows;
 * a schema that may be an array (JSON fields) says what its items are (anything), as OpenAPI asks.
 */
const completed = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(completed)
  if (!value || typeof value !== 'object') return value
  const schema = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, completed(inner)])) as Schema
  const types = ([] as unknown[]).concat(schema.type ?? [])
  if (types.includes('null') && Array.isArray(schema.enum) && !schema.enum.includes(null))
    schema.enum = [...schema.enum, null]
  if (types.includes('array') && !schema.items && !schema.prefixItems) schema.items = {}
  return schema
}

type Named = Field & { name: string; hidden?: boolean; access?: { read?: unknown } }
const named = (fields: Field[]): Named[] =>
  fields.flatMap((field) =>
    'name' in field
      ? [field as Named]
      : 'fields' in field
        ? named(field.fields)
        : 'tabs' in field
          ? field.tabs.flatMap((tab) => ('name' in tab ? [tab as unknown as Named] : named(tab.fields)))
          : [],
  )

/**
 * A document as read: a field with its own read rule may be absent from an answer (depending on
 * who asks), and hidden fields never appear.
 */
function readSchema(schema: Schema, collection: SanitizedCollectionConfig): Schema {
  const properties = schema.properties as Record<string, Schema>
  const fields = named(collection.fields)
  const conditional = new Set(fields.filter((field) => field.access?.read).map((field) => field.name))
  for (const field of fields) if (field.hidden) delete properties[field.name]
  let required = ((schema.required as string[]) ?? []).filter((name) => !conditional.has(name) && name in properties)
  if (collection.auth) {
    for (const name of AUTH_INTERNALS) delete properties[name]
    properties.password = {
      type: 'string',
      writeOnly: true,
      description: 'At least 12 characters; only sent, never returned.',
    }
    properties._strategy = {
      type: 'string',
      readOnly: true,
      description: 'How the account signed in (signed-in answers).',
    }
    for (const name of SESSION_ANSWERS) if (properties[name]) properties[name] = { ...properties[name], readOnly: true }
    required = required.filter((name) => !SESSION_ANSWERS.includes(name) && name !== 'password')
  }
  return { ...schema, properties, required }
}

/**
 * A document as the API accepts it: nothing the server sets is required (a document read and sent
 * back as it is still goes through); on update, every field is optional.
 */
function inputSchema(schema: Schema, collection: SanitizedCollectionConfig, create: boolean): Schema {
  const properties = { ...(schema.properties as Record<string, Schema>) }
  for (const name of ['createdAt', 'updatedAt'])
    if (properties[name]) properties[name] = { type: 'string', format: 'date-time', readOnly: true }
  if (properties.id) properties.id = { ...properties.id, readOnly: true }
  // A field with a default value is filled in by the server when left out.
  const defaulted = named(collection.fields)
    .filter((field) => 'defaultValue' in field && field.defaultValue !== undefined)
    .map((field) => field.name)
  const serverSet = [...SERVER_SET, ...SESSION_ANSWERS, ...defaulted]
  const required = create ? ((schema.required as string[]) ?? []).filter((name) => !serverSet.includes(name)) : []
  return {
    ...schema,
    title: `${String(schema.title ?? 'Document')} (${create ? 'create' : 'update'})`,
    properties,
    required,
  }
}

/**
 * JSON Schemas of every collection, generated from the Payload config by the same code that writes
 * `payload-types.ts`: one for documents as read (`<slug>`), one for creation (`<slug>.create`) and
 * one for updates (`<slug>.input`). Relationships are an id or the populated document, per `depth`.
 */
export function collectionSchemas(config: SanitizedConfig, idType: 'number' | 'text'): Record<string, Schema> {
  const generated = configToJSONSchema(config, idType).definitions
  const definitions = completed(rewriteRefs(generated)) as Record<string, Schema>
  const schemas: Record<string, Schema> = {}
  for (const collection of config.collections) {
    const generatedSchema = structuredClone(definitions[collection.slug])
    const schema = readSchema(generatedSchema, collection)
    schemas[collection.slug] = schema
    // A version holds the document as it was, without an id of its own.
    schemas[`${collection.slug}.version`] = {
      ...schema,
      required: (schema.required as string[]).filter((name) => name !== 'id'),
    }
    schemas[`${collection.slug}.create`] = inputSchema(generatedSchema, collection, true)
    schemas[`${collection.slug}.input`] = inputSchema(generatedSchema, collection, false)
  }
  // Shared definitions the documented ones point to (time zones, named groups), and theirs in turn.
  for (let missing = unresolved(schemas); missing.length; missing = unresolved(schemas)) {
    for (const name of missing) schemas[name] = definitions[name] ?? { description: 'Internal to Payload.' }
  }
  return schemas
}

function unresolved(schemas: Record<string, Schema>): string[] {
  const names = new Set<string>()
  JSON.stringify(schemas, (key, value) => {
    if (key === '$ref' && typeof value === 'string') names.add(value.replace('#/components/schemas/', ''))
    return value
  })
  return [...names].filter((name) => !schemas[name])
}
