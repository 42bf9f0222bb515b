import { Router, type Request } from 'express'
import type { CollectionSlug, Payload } from 'payload'

import { listTag, recordRead, slugTag } from '../cache/readTags'
import { parseFeedParams } from '../lib/feedParams'
import { parseSitePath } from '../lib/sitePaths'
import { modelServes, repairAnswers } from '../readModel/build'
import { GraphqlPlanner, type GraphqlRequest } from '../readModel/graphqlAnswer'
import { readFeed, readNewest, readPiece, type Stored } from '../readModel/read'
import { MODEL_COLLECTIONS, MODEL_DEPTHS } from '../readModel/scope'
import { hasCredentials, tokenCookieName } from './credentials'
import { parsedBodies, type Respond } from './fetchBridge'
import { graphqlMediaType } from './graphqlBody'
import { queryNames, sharedGraphqlSchema } from './graphqlSchema'

const COUNT = /^[1-9]\d{0,2}$/
const MAX_LIMIT = 100
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_LIMIT

type Params = Map<string, string>

/** The query's parameters when each appears once and all are among `allowed`; otherwise undefined. */
function paramsOf(req: Request, allowed: readonly string[]): Params | undefined {
  const search = new URLSearchParams(req.originalUrl.split('?')[1] ?? '')
  const params: Params = new Map()
  for (const [name, value] of search) {
    if (!allowed.includes(name) || params.has(name)) return undefined
    params.set(name, value)
  }
  return params
}

type Answer = { body: string; tags: string[]; type?: string }

const json = ({ body, type }: Answer) => new Response(body, { headers: { 'content-type': type ?? 'application/json' } })

/**
 * Anonymous reads the public read model holds, answered from it with one indexed query: a piece by
 * id or by site path, a collection's newest pieces, and the feed (by type, language and cursor). Every other request, and any the model
 * cannot answer exactly (not built yet, an embargo just ended), goes on to Payload.
 */
export function readModelRoutes(payload: Payload, respond: Respond): Router {
  const router = Router()
  const api = payload.config.routes.api
  const cookieName = tokenCookieName(payload.config)
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  const defaultLocale = payload.config.localization ? payload.config.localization.defaultLocale : ''
  const heldLocale = (locale: string) => !locales.length || locales.includes(locale)
  /** The locale and depth asked, when the model holds them. */
  const heldView = (params: Params, defaultDepth?: number) => {
    const locale = params.get('locale') ?? defaultLocale
    const depthParam = params.get('depth')
    const depth = depthParam === undefined ? defaultDepth : Number(depthParam)
    if (!heldLocale(locale)) return undefined
    if (depth === undefined || !MODEL_DEPTHS.includes(depth) || String(depth) !== (depthParam ?? String(depth)))
      return undefined
    return { locale, depth }
  }
  const serve =
    (work: (req: Request) => Promise<Answer | undefined>) =>
    async (req: Request, res: Parameters<Respond>[1], next: () => void) => {
      if (hasCredentials(req, cookieName) || !(await modelServes(payload))) return next()
      const answer = await work(req).catch((error: unknown) => {
        payload.logger.warn({ err: error, msg: 'read model unreadable: answering through Payload' })
        return undefined
      })
      if (!answer) return next()
      recordRead(answer.tags)
      await respond(req, res, json(answer))
    }
  const onStale = (rows: Parameters<typeof repairAnswers>[1]) => repairAnswers(payload, rows)
  const piece = (stored: Stored | undefined, extra: string[] = []) =>
    stored && { body: stored.bodies[0], tags: [...stored.tags, ...extra] }

  router.get(
    `${api}/resolve`,
    serve(async (req) => {
      const params = paramsOf(req, ['path', 'locale', 'depth'])
      const path = params?.get('path')
      const view = params && heldView(params, 1)
      const target = path?.startsWith('/') ? parseSitePath(path) : null
      if (!view || !path || !target || !MODEL_COLLECTIONS.includes(target.type)) return undefined
      const stored = piece(
        await readPiece(payload, target.type, { slug: target.slug }, view.locale, view.depth, onStale),
        [slugTag(target.type, target.slug)],
      )
      const head = JSON.stringify({ type: target.type, path: path.replace(/\/$/, '') })
      return stored && { body: `${head.slice(0, -1)},"doc":${stored.body}}`, tags: stored.tags }
    }),
  )

  router.get(
    `${api}/feed`,
    serve(async (req) => {
      const params = paramsOf(req, ['limit', 'cursor', 'locale', 'types'])
      // Checked as the feed checks them: anything it would refuse is refused by it, in its words.
      const parsed = params && parseFeedParams(new URLSearchParams([...params]), locales)
      if (!parsed || 'errors' in parsed) return undefined
      const stored = await readFeed(payload, parsed.query, onStale)
      return (
        stored && {
          body: `{"items":[${stored.bodies.join(',')}],"next":${JSON.stringify(stored.next)}}`,
          tags: [listTag('search'), ...stored.tags],
        }
      )
    }),
  )

  const graphqlReads = graphqlQueries(payload)
  router.post(
    `${api}/graphql`,
    serve(async (req) => {
      const type = graphqlMediaType(req.headers.accept)
      const body = parsedBodies.get(req)
      if (!type || !body || req.originalUrl.includes('?')) return undefined
      const read = graphqlReads(body)
      const { limit = 10, page = 1, sort, locale = defaultLocale, id } = read?.args ?? {}
      if (!read || !heldLocale(locale as string)) return undefined
      const depth = MODEL_DEPTHS[MODEL_DEPTHS.length - 1]
      if (read.kind === 'one') {
        const stored = await readPiece(payload, read.collection, { id: String(id) }, locale as string, depth, onStale)
        const answer = stored && read.answer(JSON.parse(stored.bodies[0]), depth)
        return answer ? { body: answer, tags: stored.tags, type } : undefined
      }
      if (sort !== '-publishedAt' || !isCount(limit) || !isCount(page)) return undefined
      // A query that asks for the documents alone needs no count.
      const counted = read.fields.some((name) => name !== 'docs' && name !== '__typename')
      const stored = await readNewest(payload, read.collection, locale as string, depth, limit, page, onStale, counted)
      const value = stored && { ...stored.envelope, docs: stored.bodies.map((text) => JSON.parse(text) as unknown) }
      const answer = value && read.answer(value, depth)
      return answer ? { body: answer, tags: [listTag(read.collection), ...stored.tags], type } : undefined
    }),
  )

  for (const collection of MODEL_COLLECTIONS) {
    router.get(
      `${api}/${collection}`,
      serve(async (req) => {
        const params = paramsOf(req, ['limit', 'page', 'depth', 'sort', 'locale'])
        const view = params && heldView(params)
        const [limit, page] = [params?.get('limit') ?? '', params?.get('page') ?? '1']
        if (!view || params.get('sort') !== '-publishedAt' || !COUNT.test(limit) || !COUNT.test(page)) return undefined
        if (Number(limit) > MAX_LIMIT) return undefined
        const stored = await readNewest(
          payload,
          collection,
          view.locale,
          view.depth,
          Number(limit),
          Number(page),
          onStale,
        )
        if (!stored) return undefined
        const envelope = JSON.stringify({ ...stored.envelope, docs: undefined })
        const docs = `{"docs":[${stored.bodies.join(',')}]`
        return {
          body: envelope === '{}' ? `${docs}}` : `${docs},${envelope.slice(1)}`,
          tags: [listTag(collection), ...stored.tags],
        }
      }),
    )
    router.get(
      `${api}/${collection}/:id`,
      serve(async (req) => {
        const params = paramsOf(req, ['depth', 'locale'])
        const view = params && heldView(params)
        const id = String(req.params.id)
        return view && piece(await readPiece(payload, collection, { id }, view.locale, view.depth, onStale))
      }),
    )
  }
  return router
}

/** The arguments each query field may carry for the model to answer it; any other goes to Payload. */
const GRAPHQL_ARGS = { one: ['id', 'locale', 'select'], page: ['limit', 'page', 'sort', 'locale', 'select'] }

type GraphqlRead = {
  collection: string
  kind: 'one' | 'page'
  args: Record<string, unknown>
  fields: string[]
  answer: (value: unknown, depth: number) => string | undefined
}

/** Reads a GraphQL body: the model collection and arguments it asks for, when the model can answer it. */
function graphqlQueries(payload: Payload): (body: object) => GraphqlRead | undefined {
  const fields = new Map<string, { collection: string; kind: 'one' | 'page' }>()
  for (const collection of MODEL_COLLECTIONS) {
    const names = queryNames(payload.collections[collection as CollectionSlug].config)
    fields.set(names.one, { collection, kind: 'one' })
    fields.set(names.page, { collection, kind: 'page' })
  }
  let planner: GraphqlPlanner | undefined
  return (body) => {
    if (Object.keys(body).some((key) => !['query', 'variables', 'operationName'].includes(key))) return undefined
    const request = body as GraphqlRequest
    const { schema, validationRules } = sharedGraphqlSchema(payload.config)
    planner ??= new GraphqlPlanner(schema, validationRules)
    const root = planner.rootField(request)
    const field = root && fields.get(root.name)
    if (!root || !field || Object.keys(root.args).some((arg) => !GRAPHQL_ARGS[field.kind].includes(arg)))
      return undefined
    // With `select: true` Payload reads only the selected columns, and a value its hooks compute from
    // others (a thumbnail's URL) may come out null: whether it does depends on the stored row, which
    // the model does not hold. Those queries go to Payload.
    if (root.args.select === true) return undefined
    return { ...field, args: root.args, fields: root.fields, answer: root.answer }
  }
}
