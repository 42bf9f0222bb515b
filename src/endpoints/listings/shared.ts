import type { PayloadRequest } from 'payload'

import { translate, type MessageKey } from '../../i18n/translate'
import type { ListingKind } from '../../lib/crisis/listingKinds'
import type { PlaceProblem } from '../../lib/crisis/location'
import type { Problem } from '../../lib/crisis/submission'
import { chamberFor } from './chamberFor'

export const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } })

export const refuse = (
  req: PayloadRequest,
  status: number,
  key: MessageKey,
  vars: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => answer(status, { errors: [{ message: translate(req, key, vars) }] }, headers)

const keyOf = (problem: string) => `crisis${problem[0].toUpperCase()}${problem.slice(1)}` as MessageKey

/** 400 naming every field that is wrong, in the request's language. */
export const badFields = (req: PayloadRequest, problems: (Problem | PlaceProblem)[]) =>
  answer(400, {
    errors: problems.map((p) => ({
      path: p.path,
      message: translate(req, keyOf(p.problem), { field: p.path, ...p.vars }),
    })),
  })

export async function readJson(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  const body = (await req.json?.().catch(() => null)) as unknown
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
}

/** The chamber running the service in that department, or the French answer pointing the business to its own chamber. */
export async function chamberOrRefusal(
  req: PayloadRequest,
  kind: ListingKind,
  departmentCode: string,
): Promise<{ id: number | string } | { refusal: Response }> {
  const found = await chamberFor(req, departmentCode, kind.service)
  if (found.enabled) return { id: found.chamber.id }
  if (!found.chamber) return { refusal: refuse(req, 422, 'crisisServiceNoChamber', { department: departmentCode }) }
  const { name, phone, email, website } = found.chamber
  const contact = [phone, email, website].filter(Boolean).join(', ')
  return {
    refusal: refuse(req, 422, 'crisisServiceNotEnabled', { chamber: name, contact: contact ? ` : ${contact}` : '' }),
  }
}
