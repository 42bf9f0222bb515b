import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLSchema } from 'graphql'
import { formatNames, toWords, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'

import type { ValidationRules } from '../readModel/graphqlAnswer'

type Built = { schema: GraphQLSchema; validationRules: ValidationRules }
type Holder = { graphql: Built | null; promise: Promise<Built> | null }

/**
 * The schema Payload's GraphQL route executes against, with its validation rules. Payload keeps it
 * in `globalThis._payload_graphql` and builds it on its first request; whoever comes first builds
 * it there, so the process holds one schema and both readers validate a query the same way.
 */
export function sharedGraphqlSchema(config: SanitizedConfig): Built {
  const scope = globalThis as { _payload_graphql?: Holder }
  const holder = (scope._payload_graphql ??= { graphql: null, promise: null })
  holder.graphql ??= configToSchema(config) as unknown as Built
  return holder.graphql
}

/** A collection's two query fields (one piece, a page), named as Payload's schema names them. */
export function queryNames(collection: SanitizedCollectionConfig): { one: string; page: string } {
  const own: { singularName?: string; pluralName?: string } =
    typeof collection.graphQL === 'object' ? collection.graphQL : {}
  const fromSlug = formatNames(collection.slug)
  const one = own.singularName ? toWords(own.singularName, true) : fromSlug.singular
  const page = own.pluralName ? toWords(own.pluralName, true) : fromSlug.plural
  return { one, page: one === page ? `all${one}` : page }
}
