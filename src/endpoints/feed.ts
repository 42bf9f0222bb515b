import type { Endpoint } from 'payload'

import { findFeed, UnknownFilterError } from '../feed/findFeed'
import { parseFeedParams } from '../lib/feedParams'

export const badRequest = (messages: string[]) => Response.json({ errors: messages.map((message) => ({ message })) }, { status: 400 })

/**
 * `GET /api/feed`: published pieces of every type, newest first, in one shape, with filters and a
 * cursor (`next`, passed back as `?cursor=`).
 */
export const feedEndpoint: Endpoint = {
  path: '/feed',
  method: 'get',
  handler: async (req) => {
    const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
    const parsed = parseFeedParams(new URL(req.url ?? '', 'http://localhost').searchParams, locales)
    if ('errors' in parsed) return badRequest(parsed.errors)
    try {
      return Response.json(await findFeed(req, parsed.query))
    } catch (error) {
      if (error instanceof UnknownFilterError) return badRequest([error.message])
      throw error
    }
  },
}
