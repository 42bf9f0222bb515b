import { randomUUID } from 'node:crypto'
import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { readsPressContacts } from '../access/readsPressContacts'
import { writeAudit } from '../hooks/audit'
import { translate } from '../i18n/translate'
import { now } from '../lib/clock'
import { CsvHeaderError, previewImport, type ImportedContact, type LineProblem } from '../lib/press/contactImport'
import { documented } from '../openapi/customEndpoints'
import { errors, json, pathParam } from '../openapi/operation'

const KEY = (id: string) => `press-import:${id}`
const PREVIEW_TTL_MS = 60 * 60 * 1000

type StoredPreview = { user: string; lists: (number | string)[]; contacts: ImportedContact[]; at: string }

const MESSAGE: Record<LineProblem, Parameters<typeof translate>[1]> = {
  name: 'pressImportName',
  email: 'pressEmailInvalid',
  duplicate: 'pressImportDuplicate',
  legalBasis: 'pressLegalBasisMissing',
  consentAt: 'pressConsentDateMissing',
  legitimateInterestNote: 'pressInterestNoteMissing',
  medium: 'pressImportMedium',
}

function pressReader(req: PayloadRequest) {
  if (!req.user) throw new APIError(translate(req, 'pressReadersOnly'), 401)
  if (!readsPressContacts({ req })) throw new APIError(translate(req, 'pressReadersOnly'), 403)
  return req.user
}

async function knownEmails(req: PayloadRequest): Promise<Set<string>> {
  const { docs } = await req.payload.find({
    collection: 'media-contacts',
    select: { email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((d) => d.email.toLowerCase()))
}

/**
 * `POST /api/media-contacts/import` with `{ csv, lists? }` (those who manage press contacts): the
 * preview. Every line with its problems (bad address, duplicate, no legal basis); nothing is
 * written but the preview itself, kept an hour for its author to accept.
 */
export const importPreviewEndpoint: Endpoint = documented(
  {
    path: '/import',
    method: 'post',
    handler: async (req) => {
      const user = pressReader(req)
      const body = (await req.json?.().catch(() => null)) as { csv?: unknown; lists?: unknown } | null
      if (!body || typeof body.csv !== 'string' || (body.lists !== undefined && !Array.isArray(body.lists)))
        throw new APIError(translate(req, 'pressImportBody'), 400)
      let preview
      try {
        preview = previewImport(body.csv, await knownEmails(req))
      } catch (error) {
        if (error instanceof CsvHeaderError)
          throw new APIError(translate(req, 'pressImportHeader', { columns: 'name, email, legal_basis' }), 400)
        throw error
      }
      const id = randomUUID()
      const lists = (Array.isArray(body.lists) ? body.lists : []).filter(
        (l): l is number | string => typeof l === 'number' || typeof l === 'string',
      )
      const stored: StoredPreview = {
        user: String(user.id),
        lists,
        contacts: preview.lines.flatMap((l) => (l.contact ? [l.contact] : [])),
        at: now().toISOString(),
      }
      await req.payload.kv.set(KEY(id), stored)
      return Response.json({
        previewId: id,
        valid: preview.valid,
        invalid: preview.invalid,
        lines: preview.lines.map((l) => ({
          line: l.line,
          email: l.email,
          ok: !l.problems.length,
          problems: l.problems.map((field) => ({ field, message: translate(req, MESSAGE[field], { email: l.email }) })),
        })),
      })
    },
  },
  {
    summary: 'Preview a CSV import of press contacts (nothing is imported)',
    requestBody: json('The file', {
      type: 'object',
      required: ['csv'],
      properties: { csv: { type: 'string' }, lists: { type: 'array', items: { type: ['integer', 'string'] } } },
    }),
    responses: { 200: json('The preview, line by line', { type: 'object' }), ...errors(400, 401, 403) },
  },
)

/**
 * `POST /api/media-contacts/import/:previewId/accept`: imports the preview's valid lines, all or
 * none, in one transaction. An address recorded since the preview refuses the whole import (409).
 */
export const importAcceptEndpoint: Endpoint = documented(
  {
    path: '/import/:previewId/accept',
    method: 'post',
    handler: async (req) => {
      const user = pressReader(req)
      const key = KEY(String(req.routeParams?.previewId))
      const stored = await req.payload.kv.get<StoredPreview>(key)
      if (!stored || stored.user !== String(user.id) || now().getTime() - Date.parse(stored.at) > PREVIEW_TTL_MS)
        throw new APIError(translate(req, 'pressImportExpired'), 404)
      const shouldCommit = await initTransaction(req)
      try {
        const known = await knownEmails(req)
        const taken = stored.contacts.find((c) => known.has(c.email))
        if (taken) throw new APIError(translate(req, 'pressImportChanged', { email: taken.email }), 409)
        for (const contact of stored.contacts) {
          await req.payload.create({
            collection: 'media-contacts',
            data: { ...contact, lists: stored.lists, source: contact.source ?? 'import CSV' } as never,
            depth: 0,
            overrideAccess: true,
            req,
          })
        }
        await writeAudit(req, {
          action: 'create',
          collection: 'media-contacts',
          note: `CSV import: ${stored.contacts.length} contacts`,
        })
        if (shouldCommit) await commitTransaction(req)
      } catch (error) {
        if (shouldCommit) await killTransaction(req)
        throw error
      }
      await req.payload.kv.delete(key)
      return Response.json({ imported: stored.contacts.length }, { status: 201 })
    },
  },
  {
    summary: 'Accept a CSV import preview: its valid lines are imported, all or none',
    parameters: [pathParam('previewId', 'The preview’s id.', { type: 'string' })],
    responses: {
      201: json('Imported', { type: 'object', properties: { imported: { type: 'integer' } } }),
      ...errors(401, 403, 404),
      409: { description: 'An address was recorded since the preview; nothing imported.' },
    },
  },
)
