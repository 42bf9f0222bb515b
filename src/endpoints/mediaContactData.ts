import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { admins } from '../access/admins'
import { told } from '../collections/Deliveries/said'
import { writeAudit } from '../hooks/audit'
import { translate } from '../i18n/translate'
import { documented } from '../openapi/customEndpoints'
import { errors, json, pathParam } from '../openapi/operation'
import type { MediaContact } from '../payload-types'

async function contactFor(req: PayloadRequest): Promise<MediaContact> {
  if (!req.user) throw new APIError(translate(req, 'pressAdminsOnly'), 401)
  if (!admins({ req })) throw new APIError(translate(req, 'pressAdminsOnly'), 403)
  const id = String(req.routeParams?.id)
  const contact = (await req.payload.findByID({
    collection: 'media-contacts',
    id,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as MediaContact | null
  if (!contact) throw new APIError(translate(req, 'pressContactNotFound'), 404)
  return contact
}

async function withTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/**
 * `GET /api/media-contacts/:id/export` (admins): everything the platform holds about one person,
 * as a JSON file, for a subject access request: the record and every release sent to them.
 * Audited, without copying the data into the audit trail.
 */
export const exportContactEndpoint: Endpoint = documented(
  {
    path: '/:id/export',
    method: 'get',
    handler: (req) =>
      withTransaction(req, async () => {
        const contact = await contactFor(req)
        const { docs } = await req.payload.find({
          collection: 'deliveries',
          where: { recipient: { equals: contact.id } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
        const lists = (contact.lists ?? []).map((list) => (typeof list === 'object' ? list.name : String(list)))
        const {
          id,
          name,
          outlet,
          medium,
          beat,
          email,
          phone,
          legalBasis,
          consentAt,
          legitimateInterestNote,
          source,
          optOutAt,
          optOutVia,
          createdAt,
          updatedAt,
        } = contact
        const data = {
          contact: {
            id,
            name,
            outlet,
            medium,
            beat,
            email,
            phone,
            lists,
            legalBasis,
            consentAt,
            legitimateInterestNote,
            source,
            optOutAt,
            optOutVia,
            createdAt,
            updatedAt,
          },
          messages: docs.map((d) => ({
            release: d.itemTitle,
            releaseId: d.itemId,
            status: d.status,
            queuedAt: d.createdAt,
            deliveredAt: d.deliveredAt ?? null,
          })),
          exportedAt: new Date().toISOString(),
        }
        await writeAudit(req, {
          action: 'export',
          collection: 'media-contacts',
          documentId: contact.id,
          note: 'personal data exported on request',
        })
        return new Response(JSON.stringify(data, null, 2), {
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'content-disposition': `attachment; filename="media-contact-${contact.id}.json"`,
            'cache-control': 'no-store',
          },
        })
      }),
  },
  {
    summary: 'Export one press contact’s personal data (admins; audited)',
    parameters: [pathParam('id', 'The contact.')],
    responses: { 200: json('The contact and the messages sent to them', { type: 'object' }), ...errors(401, 403, 404) },
  },
)

/**
 * `POST /api/media-contacts/:id/erase` (admins): erasure on request. The record goes; the sends
 * stay counted on their releases but no longer point at anyone. The audit entry names the record
 * by its number only.
 */
export const eraseContactEndpoint: Endpoint = documented(
  {
    path: '/:id/erase',
    method: 'post',
    handler: (req) =>
      withTransaction(req, async () => {
        const contact = await contactFor(req)
        await req.payload.update({
          collection: 'deliveries',
          where: { and: [{ recipient: { equals: contact.id } }, { status: { in: ['queued', 'retrying'] } }] },
          data: { status: 'cancelled', ...told('lastMessage', { code: 'deliveryRecipientErased' }) },
          depth: 0,
          overrideAccess: true,
          req,
        })
        await req.payload.update({
          collection: 'deliveries',
          where: { recipient: { equals: contact.id } },
          data: { recipient: null },
          depth: 0,
          overrideAccess: true,
          req,
        })
        await req.payload.delete({ collection: 'media-contacts', id: contact.id, depth: 0, overrideAccess: true, req })
        await writeAudit(req, {
          action: 'erase',
          collection: 'media-contacts',
          documentId: contact.id,
          note: 'personal data erased on request',
        })
        return Response.json({ erased: contact.id })
      }),
  },
  {
    summary: 'Erase one press contact (admins; audited)',
    parameters: [pathParam('id', 'The contact.')],
    responses: {
      200: json('Erased', { type: 'object', properties: { erased: { type: ['integer', 'string'] } } }),
      ...errors(401, 403, 404),
    },
  },
)
