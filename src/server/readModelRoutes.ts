import { Router, type Request } from 'express'
import type { Payload } from 'payload'

import { listTag, recordRead, slugTag } from '../cache/readTags'
import { parseFeedParams } from '../lib/feedParams'
import { parseSitePath } from '../lib/sitePaths'
import { modelServes, repairAnswers } from '../readModel/build'
import { readFeed, readNewest, readPiece, type Stored } from '../readModel/read'
import { MODEL_COLLECTIONS, MODEL_DEPTHS } from '../readModel/scope'
import { hasCredentials, tokenCookieName } from './credentials'
import type { Respond } from './fetchBridge'

const COUNT = /^[1-9]\d{0,2}$/
const MAX_LIMIT = 100

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

const json = (body: string) => new Response(body, { headers: { 'content-type': 'application/json' } })

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
  /** The locale and depth asked, when the model holds them. */
  const heldView = (params: Params, defaultDepth?: number) => {
    const locale = params.get('locale') ?? defaultLocale
    const depthParam = params.get('depth')
    const depth = depthParam === undefined ? defaultDepth : Number(depthParam)
    if (locales.length && !locales.includes(locale)) return undefined
    if (depth === undefined || !MODEL_DEPTHS.includes(depth) || String(depth) !== (depthParam ?? String(depth)))
      return undefined
    return { locale, depth }
  }
  const serve =
    (work: (req: Request) => Promise<{ body: string; tags: string[] } | undefined>) =>
    async (req: Request, res: Parameters<Respond>[1], next: () => void) => {
      if (hasCredentials(req, cookieName) || !(await modelServes(payload))) return next()
      const answer = await work(req).catch((error: unknown) => {
        payload.logger.warn({ err: error, msg: 'read model unreadable: answering through Payload' })
        return undefined
      })
      if (!answer) return next()
      recordRead(answer.tags)
      await respond(req, res, json(answer.body))
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
