import type { Endpoint, SanitizedConfig } from 'payload'

import { translate } from '../i18n/translate'
import { documented } from '../openapi/customEndpoints'
import { docsAsset, docsInit, docsPage } from '../openapi/docsPage'
import { openApiDocument } from '../openapi/document'
import { errors, json, pathParam } from '../openapi/operation'

// The config does not change while the process runs: the document is built once.
const built = new WeakMap<SanitizedConfig, string>()

export const openApiEndpoint: Endpoint = documented(
  {
    path: '/openapi.json',
    method: 'get',
    handler: (req) => {
      const { config, db } = req.payload
      if (!built.has(config))
        built.set(config, JSON.stringify(openApiDocument(config, db.defaultIDType === 'number' ? 'number' : 'text')))
      return new Response(built.get(config), { headers: { 'content-type': 'application/json; charset=utf-8' } })
    },
  },
  {
    summary: 'This description of the API (OpenAPI 3.1)',
    responses: { '200': json('The OpenAPI document.', { type: 'object' }) },
  },
)

export const apiDocsEndpoint: Endpoint = documented(
  {
    path: '/docs',
    method: 'get',
    handler: (req) =>
      new Response(docsPage(req.payload.config.routes.api), {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      }),
  },
  {
    summary: 'A browsable page of the API description (Swagger UI)',
    responses: { '200': { description: 'HTML.', content: { 'text/html': { schema: { type: 'string' } } } } },
  },
)

const DAY = 86_400

export const apiDocsAssetEndpoint: Endpoint = documented(
  {
    path: '/docs/:asset',
    method: 'get',
    handler: async (req) => {
      const name = String(req.routeParams?.asset ?? '')
      if (name === 'init.js') {
        return new Response(docsInit(`${req.payload.config.routes.api}/openapi.json`), {
          headers: { 'content-type': 'text/javascript; charset=utf-8' },
        })
      }
      const asset = await docsAsset(name)
      if (!asset)
        return Response.json(
          { errors: [{ message: translate(req, 'noDocsFile', { name: name.slice(0, 60) }) }] },
          { status: 404 },
        )
      return new Response(new Uint8Array(asset.body), {
        headers: { 'content-type': asset.type, 'cache-control': `public, max-age=${DAY}` },
      })
    },
  },
  {
    summary: 'A file of the API docs page (Swagger UI’s script and style)',
    parameters: [
      pathParam('asset', 'The file.', {
        type: 'string',
        enum: ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png', 'init.js'],
      }),
    ],
    responses: {
      '200': {
        description: 'The file.',
        content: { 'text/css': { schema: { type: 'string' } }, 'text/javascript': { schema: { type: 'string' } } },
      },
      ...errors(400, 404),
    },
  },
)
