import { configToJSONSchema, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'

import type { Schema } from './operation'

// Stored for the authentication strategy, never returned by the API.
const AUTH_INTERNALS = ['salt', 'hash', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions']
// Set by Payload (or by hooks) on save: documented on reads, not accepted as input.
const SERVER_SET = ['id', 'createdAt', 'updatedAt']

/** The collections a client of the API deals with; Payload's own bookkeeping (`payload-*`) is left out. */
export const documentedCollections = (config: SanitizedConfig): SanitizedCollectionConfig[] =>
  config.collections.filter((collection) => !collection.slug.startsWith('payload-'))

const rewriteRefs = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(rewriteRefs)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' ? inner.replace('#/definitions/', '#/components/schemas/') : rewriteRefs(inner),
    ]),
  )
}

/** A document as the API accepts it on update: every field optional, server-set ones left out. */
function inputSchema(schema: Schema): Schema {
  const properties = { ...(schema.properties as Record<string, Schema>) }
  for (const name of SERVER_SET) delete properties[name]
  return { ...schema, title: `${String(schema.title)} (input)`, properties, required: [] }
}

/**
 * JSON Schemas of every documented collection, generated from the Payload config by the same code
 * that writes `payload-types.ts`: one for documents as read (`<slug>`) and one for writes
 * (`<slug>.input`). Relationships are an id or the populated document, depending on `depth`.
 */
export function collectionSchemas(config: SanitizedConfig, idType: 'number' | 'text'): Record<string, Schema> {
  const definitions = rewriteRefs(configToJSONSchema(config, idType).definitions) as Record<string, Schema>
  const schemas: Record<string, Schema> = {}
  for (const { slug, auth } of documentedCollections(config)) {
    const schema = structuredClone(definitions[slug])
    const properties = schema.properties as Record<string, Schema>
    if (auth) {
      for (const name of AUTH_INTERNALS) delete properties[name]
      properties.password = { type: 'string', writeOnly: true, description: 'At least 12 characters; only sent, never returned.' }
      // Payload answers for which collection the account signs in; clients never send it.
      delete properties.collection
      schema.required = (schema.required as string[]).filter((name) => name !== 'collection')
    }
    schemas[slug] = schema
    schemas[`${slug}.input`] = inputSchema(schema)
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
