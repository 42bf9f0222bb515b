import { stat } from 'node:fs/promises'
import path from 'node:path'

import { Router, type Request, type Response } from 'express'
import type { Payload, Where } from 'payload'

import { say, translatorFor, type MessageKey } from '../i18n/translate'
import { fetchHeaders } from './fetchBridge'

const notFound = (res: Response, message: string) =>
  res
    .status(404)
    .setHeader('cache-control', 'no-store')
    .json({ errors: [{ message }] })

/** Runs before Payload: the message in the language Payload would choose for the request. */
const message = async (payload: Payload, req: Request, key: MessageKey, vars?: Record<string, unknown>) =>
  say(await translatorFor(payload.config, fetchHeaders(req)), key, vars)

/**
 * Two routes where Payload 3.90 answers a client's request with a 500, answered here instead:
 * - a file that is not on the disk (local storage): Payload answers 500 on purpose; it is a 404;
 * - `DELETE /api/payload-preferences/:key`: the SQL adapters' deleteOne fails on this collection's
 *   polymorphic `user` relation; the preference is found through the Local API and deleted by id.
 */
export function payloadGaps(payload: Payload): Router {
  const router = Router()
  const api = payload.config.routes.api
  for (const collection of payload.config.collections) {
    const upload = collection.upload
    if (!upload || upload.handlers?.length) continue
    const dir = path.resolve(upload.staticDir || collection.slug)
    router.get(`${api}/${collection.slug}/file/:filename`, async (req, res, next) => {
      const file = path.resolve(dir, String(req.params.filename))
      const present = file.startsWith(dir + path.sep) && (await stat(file).catch(() => null))?.isFile()
      if (present) return next()
      const name = String(req.params.filename).slice(0, 60)
      return notFound(res, await message(payload, req, 'noUploadedFile', { name, collection: collection.slug }))
    })
  }
  router.delete(`${api}/payload-preferences/:key`, async (req, res, next) => {
    try {
      const { user } = await payload.auth({ headers: fetchHeaders(req) })
      if (!user) return res.status(401).json({ errors: [{ message: await message(payload, req, 'notAllowed') }] })
      const where: Where = {
        and: [
          { key: { equals: req.params.key } },
          { 'user.value': { equals: user.id } },
          { 'user.relationTo': { equals: user.collection } },
        ],
      }
      const { docs } = await payload.find({
        collection: 'payload-preferences',
        where,
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
      if (!docs[0]) {
        return notFound(res, await message(payload, req, 'noPreference', { key: String(req.params.key).slice(0, 60) }))
      }
      await payload.db.deleteMany({ collection: 'payload-preferences', where: { id: { equals: docs[0].id } } })
      res.setHeader('cache-control', 'no-store').json({ message: await message(payload, req, 'preferenceDeleted') })
    } catch (error) {
      next(error)
    }
  })
  return router
}
