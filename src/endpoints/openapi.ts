import type { Endpoint, SanitizedConfig } from 'payload'

import { documented } from '../openapi/customEndpoints'
import { docsPage } from '../openapi/docsPage'
import { openApiDocument } from '../openapi/document'
import { json } from '../openapi/operation'

// The config does not change while the process runs: the document is built once.
const built = new WeakMap<SanitizedConfig, string>()

export const openApiEndpoint: Endpoint = documented(
  {
    path: '/openapi.json',
    method: 'get',
    handler: (req) => {
      const { config, db } = req.payload
      if (!built.has(config)) built.set(config, JSON.stringify(openApiDocument(config, db.defaultIDType === 'number' ? 'number' : 'text')))
      return new Response(built.get(config), { headers: { 'content-type': 'application/json; charset=utf-8' } })
    },
  },
  { summary: 'This description of the API (OpenAPI 3.1)', responses: { '200': json('The OpenAPI document.', { type: 'object' }) } },
)

export const apiDocsEndpoint: Endpoint = documented(
  {
    path: '/docs',
    method: 'get',
    handler: (req) => new Response(docsPage(`${req.payload.config.routes.api}/openapi.json`), { headers: { 'content-type': 'text/html; charset=utf-8' } }),
  },
  { summary: 'A browsable page of the API description', responses: { '200': { description: 'HTML.', content: { 'text/html': { schema: { type: 'string' } } } } } },
)
