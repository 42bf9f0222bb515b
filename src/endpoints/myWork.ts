import {
  APIError,
  Forbidden,
  type CollectionSlug,
  type Endpoint,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { say, translate, type MessageKey } from '../i18n/translate'
import { idOf } from '../lib/ids'
import { now } from '../lib/clock'
import { WORK_SECTIONS } from '../lib/workSections'
import { collectWork, type Viewer, type WorkItem, type WorkSection, type WorkSource } from '../lib/workViews'
import { documented } from '../openapi/customEndpoints'
import { errors, json } from '../openapi/operation'

type User = NonNullable<PayloadRequest['user']>
type Translate = Parameters<typeof say>[0]

/** The Local API under the person's own rights: what they may not read is simply absent. */
export function payloadWorkSource(payload: Payload, user: User, req?: Partial<PayloadRequest>): WorkSource {
  return {
    async find({ collection, where, sort, limit, drafts }) {
      try {
        const { docs } = await payload.find({
          collection: collection as CollectionSlug,
          where: where as Where,
          sort,
          limit,
          draft: drafts,
          depth: 0,
          overrideAccess: false,
          user,
          ...(req ? { req } : {}),
        })
        return docs as unknown as Record<string, unknown>[]
      } catch (error) {
        if (error instanceof Forbidden) return []
        throw error
      }
    },
  }
}

export const viewerOf = (user: User): Viewer => ({
  id: user.id,
  roles: user.roles ?? [],
  chamber: idOf((user as { chamber?: unknown }).chamber),
})

/** A media request is a "demande", feminine in French: its states have their own words where the shared one does not agree. */
const REQUEST_STATES: Record<string, MessageKey> = { assigned: 'workState_request_assigned' }

const stateKey = ({ collection, state }: WorkItem): MessageKey =>
  (collection === 'media-requests' && REQUEST_STATES[String(state)]) || (`workState_${state}` as MessageKey)

/** Sections with their titles and state labels in the reader's language. */
export function labelled(sections: WorkSection[], t: Translate) {
  return sections.map((section) => ({
    key: section.key,
    title: say(t, `work_${section.key}` as MessageKey),
    items: section.items.map((item) => ({
      ...item,
      stateLabel: item.state ? say(t, stateKey(item)) : null,
    })),
  }))
}

export async function myWork(payload: Payload, user: User, t: Translate, req?: Partial<PayloadRequest>) {
  const sections = await collectWork(WORK_SECTIONS, payloadWorkSource(payload, user, req), viewerOf(user), now())
  return labelled(sections, t)
}

const item = {
  type: 'object',
  required: ['collection', 'id', 'title', 'href'],
  properties: {
    collection: { type: 'string' },
    id: { type: ['integer', 'string'] },
    title: { type: 'string' },
    href: { type: 'string', description: 'The edit view in the admin.' },
    date: { type: ['string', 'null'], format: 'date-time', description: 'Due date, scheduled time or last change.' },
    state: { type: ['string', 'null'], description: 'Review step, subject status or delivery status.' },
    stateLabel: { type: ['string', 'null'] },
  },
}

/** `GET /api/me/work`: what waits for the signed-in person, by section of their roles. */
export const myWorkEndpoint: Endpoint = documented(
  {
    path: '/me/work',
    method: 'get',
    handler: async (req) => {
      if (!req.user) throw new APIError(translate(req, 'workSignIn'), 401)
      const sections = await myWork(req.payload, req.user, req.t as unknown as Translate, req)
      return Response.json({ sections }, { headers: { 'cache-control': 'private, no-store' } })
    },
  },
  {
    summary: 'The signed-in person’s work: sections chosen by their roles, each item linking to its edit view',
    description:
      'Journalist: assigned subjects, drafts, changes requested. Editor: to review, approved not published, due this ' +
      'week, overdue, overdue media requests. Community manager: pieces without social copy, scheduled posts, failed deliveries. ' +
      'Contributor: the chamber’s pieces, own proposals. Read under the caller’s own rights.',
    responses: {
      '200': json('Sections, in display order.', {
        type: 'object',
        properties: {
          sections: {
            type: 'array',
            items: {
              type: 'object',
              properties: { key: { type: 'string' }, title: { type: 'string' }, items: { type: 'array', items: item } },
            },
          },
        },
      }),
      ...errors(401),
    },
  },
)
