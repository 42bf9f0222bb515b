import { getLocalI18n, type PayloadRequest } from 'payload'

import { say } from '../i18n/translate'
import { newWebhookId } from '../distribution/standardWebhooks'
import { now } from '../lib/clock'
import { idOf, rawId } from '../lib/ids'
import { mayReceive } from '../lib/press/contacts'
import { releaseEmail, type EmailWords } from '../lib/press/releaseEmail'
import { slateText } from '../lib/press/slateText'
import { siteUrl } from '../lib/siteUrl'
import { pressReleasePath } from '../lib/press/paths'
import type { MediaContact, PressRelease } from '../payload-types'
import { announceAfterCommit } from './queueDeliveries'

export const PRESS_COLLECTION = 'press-releases'

/** The key that makes one release's e-mail to one contact unique, whatever happens later. */
export const recipientKey = (releaseId: string | number, contactId: string | number) =>
  `${PRESS_COLLECTION}:${releaseId}:${contactId}`

/** The press list is written to in French, whatever the language of the editor who publishes. */
async function frenchWords(req: PayloadRequest): Promise<EmailWords> {
  const { t } = await getLocalI18n({ config: req.payload.config, language: 'fr' })
  const word = (key: Parameters<typeof say>[1], vars?: Record<string, unknown>) => say(t as never, key, vars)
  return {
    embargo: (until) => word('pressEmbargo', { until }),
    keyFigures: word('pressKeyFigures'),
    contacts: word('pressContacts'),
    readOnline: word('pressReadOnline'),
    unsubscribe: word('pressUnsubscribe'),
  }
}

async function spokespeople(req: PayloadRequest, release: PressRelease): Promise<string[]> {
  const ids = (release.contacts ?? []).map(idOf).filter((id): id is string => Boolean(id))
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.name).filter((name): name is string => Boolean(name))
}

/**
 * The outbox for a published release: one e-mail delivery per contact of the chosen lists who may
 * be written to, in the transaction of the publication. A contact who already has this release's
 * e-mail gets no second one (a second publication, an edit, a republication add only the contacts
 * new to the lists); the unique recipient key enforces it in the database too. Under embargo the
 * mails leave at once, marked as such: that is what an embargo is for the press.
 */
export async function queuePressEmails(req: PayloadRequest, release: PressRelease): Promise<number> {
  const lists = (release.pressLists ?? []).map(rawId).filter((id): id is number | string => id !== null)
  if (release._status !== 'published' || !lists.length) return 0
  const { docs: contacts } = await req.payload.find({
    collection: 'media-contacts',
    where: { and: [{ lists: { in: lists } }, { optOutAt: { exists: false } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const eligible = (contacts as MediaContact[]).filter(mayReceive)
  if (!eligible.length) return 0
  const { docs: sent } = await req.payload.find({
    collection: 'deliveries',
    where: {
      and: [
        { itemCollection: { equals: PRESS_COLLECTION } },
        { itemId: { equals: String(release.id) } },
        { channel: { equals: 'email' } },
      ],
    },
    select: { recipientKey: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const owed = new Set(sent.map((d) => d.recipientKey))
  const fresh = eligible.filter((contact) => !owed.has(recipientKey(release.id, contact.id)))
  if (!fresh.length) return 0

  const at = now()
  const email = releaseEmail(
    {
      title: release.title,
      summary: release.summary ?? null,
      body: slateText(release.body),
      keyFigures: (release.keyFigures ?? []).map((f) => ({ value: f.value ?? '', label: f.label ?? '' })),
      spokespeople: await spokespeople(req, release),
      url: `${siteUrl()}${pressReleasePath(release.slug ?? String(release.id))}`,
      embargoUntil: release.embargoUntil ?? null,
    },
    await frenchWords(req),
    at,
  )
  for (const contact of fresh) {
    await req.payload.create({
      collection: 'deliveries',
      data: {
        channel: 'email',
        recipient: contact.id,
        recipientKey: recipientKey(release.id, contact.id),
        destinationName: 'E-mail',
        item: { relationTo: PRESS_COLLECTION, value: release.id },
        itemCollection: PRESS_COLLECTION,
        itemId: String(release.id),
        itemTitle: release.title,
        event: 'published',
        status: 'queued',
        nextAttemptAt: at.toISOString(),
        body: email,
        orderKey: recipientKey(release.id, contact.id),
        webhookId: newWebhookId(),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  await announceAfterCommit(req)
  return fresh.length
}
