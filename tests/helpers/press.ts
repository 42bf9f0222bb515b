import type { Payload } from 'payload'

import type { MediaContact, PressRelease } from '../../src/payload-types'
import { PUBLISH } from './users'

let counter = 0
const word = () => `${(counter += 1)}${Date.now().toString(36)}`

export async function pressList(payload: Payload, name = `Liste ${word()}`): Promise<number | string> {
  return (await payload.create({ collection: 'press-lists', data: { name }, overrideAccess: true })).id
}

type ContactInput = Partial<Omit<MediaContact, 'lists'>> & { lists: (number | string)[] }

/** A consented contact unless told otherwise; a unique address each time. */
export async function pressContact(payload: Payload, input: ContactInput): Promise<MediaContact> {
  const n = word()
  return payload.create({
    collection: 'media-contacts',
    data: {
      name: `Journaliste ${n}`,
      email: `j${n}@redaction.test`,
      outlet: 'Les Échos',
      medium: 'print',
      legalBasis: 'consent',
      consentAt: '2026-01-15T00:00:00.000Z',
      source: 'salon',
      ...input,
    } as never,
    overrideAccess: true,
  }) as Promise<MediaContact>
}

/** A release published in one save by the system, sent to `lists`. */
export async function publishRelease(
  payload: Payload,
  data: Partial<Omit<PressRelease, 'pressLists'>> & { pressLists: (number | string)[] },
): Promise<PressRelease> {
  return payload.create({
    collection: 'press-releases',
    data: { title: `Communiqué ${word()}`, summary: 'Le réseau annonce un plan.', ...data, ...PUBLISH } as never,
    overrideAccess: true,
  }) as Promise<PressRelease>
}
