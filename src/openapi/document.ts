import type { SanitizedConfig } from 'payload'

import { SITE_TYPES } from '../lib/sitePaths'
import { FRONT_END_SCHEMAS } from './frontEndSchemas'
import { ERROR_DESCRIPTIONS, json, pathParam, query, type Schema } from './operation'
import { configRoutes, routePaths, type PathItem } from './routes'
import { collectionSchemas } from './schemas'

const xml = (description: string, type: string) => ({
  description,
  content: { [type]: { schema: { type: 'string' } } },
})
const locale = query('locale', { type: 'string' }, 'Language of the feed; only pieces written in it are listed.')

/** What express serves beside Payload: GraphQL, the RSS and Atom feeds, the health probes. */
export const SERVER_PATHS: Record<string, PathItem> = {
  '/api/graphql': {
    post: {
      summary: 'GraphQL queries and mutations',
      description: 'Queries are limited in depth and complexity; introspection is off in production.',
      tags: ['graphql'],
      operationId: 'graphql',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['query'],
              properties: {
                query: { type: 'string' },
                variables: { type: 'object' },
                operationName: { type: 'string' },
              },
            },
          },
        },
      },
      responses: {
        '200': json('The result; refusals are in `errors`.', {
          type: 'object',
          properties: { data: {}, errors: { type: 'array', items: { type: 'object' } } },
        }),
      },
    },
  },
  '/feeds/{type}.xml': {
    get: {
      summary: 'RSS 2.0 feed of a type (`all` for every type)',
      tags: ['feeds'],
      operationId: 'rssByType',
      parameters: [pathParam('type', 'Content type.', { type: 'string', enum: [...SITE_TYPES, 'all'] }), locale],
      responses: {
        '200': xml('The 50 latest pieces.', 'application/rss+xml'),
        '404': { description: 'No such feed.' },
      },
    },
  },
  '/feeds/{type}.atom': {
    get: {
      summary: 'Atom 1.0 feed of a type (`all` for every type)',
      tags: ['feeds'],
      operationId: 'atomByType',
      parameters: [pathParam('type', 'Content type.', { type: 'string', enum: [...SITE_TYPES, 'all'] }), locale],
      responses: {
        '200': xml('The 50 latest pieces.', 'application/atom+xml'),
        '404': { description: 'No such feed.' },
      },
    },
  },
  '/feeds/topics/{slug}.xml': {
    get: {
      summary: 'RSS 2.0 feed of a topic',
      tags: ['feeds'],
      operationId: 'rssByTopic',
      parameters: [pathParam('slug', 'Topic slug.', { type: 'string' }), locale],
      responses: {
        '200': xml('The 50 latest pieces on the topic.', 'application/rss+xml'),
        '404': { description: 'No such topic.' },
      },
    },
  },
  '/feeds/topics/{slug}.atom': {
    get: {
      summary: 'Atom 1.0 feed of a topic',
      tags: ['feeds'],
      operationId: 'atomByTopic',
      parameters: [pathParam('slug', 'Topic slug.', { type: 'string' }), locale],
      responses: {
        '200': xml('The 50 latest pieces on the topic.', 'application/atom+xml'),
        '404': { description: 'No such topic.' },
      },
    },
  },
  '/healthz': {
    get: {
      summary: 'Liveness: the process answers',
      tags: ['health'],
      operationId: 'healthz',
      responses: { '200': json('Alive.', { type: 'object', properties: { status: { const: 'ok' } } }) },
    },
  },
  '/readyz': {
    get: {
      summary: 'Readiness: the database answers within 2 s',
      tags: ['health'],
      operationId: 'readyz',
      responses: {
        '200': json('Ready.', { type: 'object' }),
        '503': json('The database does not answer.', { type: 'object' }),
      },
    },
  },
}

const label = (value: unknown, fallback: string) =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object'
      ? String((value as Record<string, string>).en ?? fallback)
      : fallback

/**
 * The OpenAPI 3.1 description of the whole HTTP API, generated from the Payload config: every
 * collection's REST endpoints with its fields as JSON Schema, and every endpoint of ours with the
 * description it carries.
 */
export function openApiDocument(config: SanitizedConfig, idType: 'number' | 'text'): Record<string, unknown> {
  const paths: Record<string, PathItem> = { ...SERVER_PATHS, ...routePaths(configRoutes(config)) }
  const responses = Object.fromEntries(
    Object.entries(ERROR_DESCRIPTIONS).map(([status, description]) => [
      `Error${status}`,
      json(description, { $ref: '#/components/schemas/Error' }),
    ]),
  )
  const schemas: Record<string, Schema> = { ...collectionSchemas(config, idType), ...FRONT_END_SCHEMAS }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsroom API',
      version: '1.0.0',
      description:
        'REST, GraphQL and feeds of the newsroom platform. Anonymous callers see published, non-embargoed content; sign in (`POST /api/users/login`) and send `Authorization: JWT <token>` for the rest.',
    },
    servers: [{ url: config.serverURL || '/' }],
    tags: [
      {
        name: 'front-end',
        description: 'Endpoints made for public front-ends: feed, path resolution, API description.',
      },
      { name: 'feeds', description: 'RSS 2.0 and Atom 1.0 for partners.' },
      ...config.collections
        .filter((c) => !c.slug.startsWith('payload-'))
        .map((c) => ({ name: c.slug, description: label(c.labels?.plural, c.slug) })),
      { name: 'graphql', description: 'The GraphQL API.' },
      { name: 'health', description: 'Probes for the orchestrator.' },
      {
        name: 'payload-internal',
        description: 'Payload’s own bookkeeping (admin preferences, locks, jobs): for the admin UI.',
      },
    ],
    security: [{}, { jwt: [] }, { cookie: [] }],
    paths,
    components: {
      schemas,
      responses,
      securitySchemes: {
        jwt: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`JWT <token>` (or `Bearer <token>`), the token from the login answer.',
        },
        cookie: {
          type: 'apiKey',
          in: 'cookie',
          name: `${config.cookiePrefix}-token`,
          description: 'Set by the login answer; what the admin uses.',
        },
      },
    },
  }
}
