import type { Payload } from 'payload'

import { told, toldAs } from '../collections/Deliveries/said'
import { orderKey } from '../distribution/events'
import { newWebhookId } from '../distribution/standardWebhooks'
import type { Said } from '../i18n/deliveries'
import { serverUrl } from '../lib/siteUrl'
import { DEMO_ACCOUNTS } from './accounts'
import { daysFromNow } from './content/context'
import type { SeedLog } from './index'

export const DEMO_SCHEDULER_NAME = 'Buffer (démonstration)'
type Ids = Record<'editor' | 'journalist' | 'community' | 'contributor', number>

async function demoIds(payload: Payload): Promise<Ids> {
  const { docs } = await payload.find({ collection: 'users', depth: 0, pagination: false, overrideAccess: true })
  const id = (role: string) =>
    docs.find((u) => u.email === DEMO_ACCOUNTS.find((a) => a.roles.includes(role as never))?.email)?.id as number
  return {
    editor: id('editor'),
    journalist: id('journalist'),
    community: id('community-manager'),
    contributor: id('contributor'),
  }
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number }).id : (value as number | null | undefined)

/**
 * What makes each demo account's work view tell a story: the correspondent belongs to the chamber of
 * a seeded success story; the pieces of the journalist's subjects are theirs; comments on them; and a
 * social scheduler, switched off with its reason, with a failed and a scheduled post for the
 * community manager. Runs after the demo content; leaves what exists alone.
 */
export async function seedRoleDemo(payload: Payload, log: SeedLog): Promise<void> {
  const ids = await demoIds(payload)
  if (Object.values(ids).some((id) => !id)) return
  await giveContributorAChamber(payload, ids, log)
  const piece = await giveJournalistTheirPieces(payload, ids, log)
  await seedComments(payload, ids, piece, log)
  await seedSchedulerDeliveries(payload, log)
}

async function giveContributorAChamber(payload: Payload, ids: Ids, log: SeedLog) {
  const contributor = await payload.findByID({
    collection: 'users',
    id: ids.contributor,
    depth: 0,
    overrideAccess: true,
  })
  if (contributor.chamber) return
  const { docs } = await payload.find({
    collection: 'success-stories',
    where: { chamber: { exists: true } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const chamber = idOf(docs[0]?.chamber)
  if (!chamber) return
  await payload.update({ collection: 'users', id: ids.contributor, data: { chamber }, overrideAccess: true })
  log(`  + the correspondent's chamber: #${chamber}`)
}

/** The journalist's subjects in progress lead to pieces they write: they are added to each draft's authors. */
async function giveJournalistTheirPieces(
  payload: Payload,
  ids: Ids,
  log: SeedLog,
): Promise<{ collection: 'articles'; id: number } | null> {
  const { docs: subjects } = await payload.find({
    collection: 'subjects',
    where: { and: [{ assignee: { equals: ids.journalist } }, { status: { equals: 'in-progress' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let first: { collection: 'articles'; id: number } | null = null
  for (const subject of subjects) {
    if (subject.deliverable?.relationTo !== 'articles') continue
    const id = idOf(subject.deliverable.value) as number
    const article = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })
    if (article._status === 'published') continue
    first ??= { collection: 'articles', id }
    const authors = (article.authors ?? []).map(idOf) as number[]
    if (authors.includes(ids.journalist)) continue
    await payload.update({
      collection: 'articles',
      id,
      data: { authors: [ids.journalist, ...authors] },
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    log(`  + the journalist writes "${article.title}"`)
  }
  return first
}

async function seedComments(
  payload: Payload,
  ids: Ids,
  piece: { collection: 'articles'; id: number } | null,
  log: SeedLog,
) {
  if (!piece) return
  const { totalDocs } = await payload.count({ collection: 'comments', overrideAccess: true })
  if (totalDocs > 0) return
  const target = { relationTo: piece.collection, value: piece.id }
  const comments = [
    {
      author: ids.editor,
      body: '@Julien Moreau le deuxième intertitre promet plus que le paragraphe ne tient : resserre-le, et cite la source du chiffre.',
    },
    { author: ids.journalist, body: 'Je reprends ça ce matin, la source est la note de conjoncture de novembre.' },
    { author: ids.community, body: 'Quand il sera validé, je prépare le relais LinkedIn avec le visuel de une.' },
  ]
  for (const comment of comments)
    await payload.create({
      collection: 'comments',
      data: { ...comment, target } as never,
      overrideAccess: true,
      depth: 0,
    })
  log(`  + comments: ${comments.length}`)
}

/** A social scheduler that cannot post (no real account here), switched off with a French reason, and its history. */
async function seedSchedulerDeliveries(payload: Payload, log: SeedLog) {
  const { totalDocs } = await payload.count({
    collection: 'destinations',
    where: { name: { equals: DEMO_SCHEDULER_NAME } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  const destination = await payload.create({
    collection: 'destinations',
    data: {
      name: DEMO_SCHEDULER_NAME,
      kind: 'buffer',
      url: `${serverUrl()}/demo/buffer`,
      secret: 'demo-no-real-account',
      accounts: { x: 'demo-x', linkedin: 'demo-linkedin' },
      enabled: false,
      ...toldAs('disabledReason', { code: 'destinationDemoUnlinked' }, 'disabledSaid'),
    },
    overrideAccess: true,
    depth: 0,
  })
  const { docs: published } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    limit: 2,
    depth: 0,
    overrideAccess: true,
  })
  // What Buffer answers a token it does not know, quoted as it came.
  const refusedToken: Said = { code: 'deliveryHttpSaid', params: { status: 401 }, detail: 'Invalid access token' }
  const rows = [
    {
      piece: published[0],
      network: 'linkedin' as const,
      status: 'failed' as const,
      nextAttemptAt: null,
      attempts: [{ at: daysFromNow(-1, 8), statusCode: 401, outcome: 'failed', ...told('message', refusedToken) }],
      ...told('lastMessage', refusedToken),
    },
    {
      piece: published[1],
      network: 'x' as const,
      status: 'queued' as const,
      nextAttemptAt: daysFromNow(1, 13),
      attempts: [],
      lastMessage: null,
      said: undefined,
    },
  ]
  for (const row of rows) {
    if (!row.piece) continue
    await payload.create({
      collection: 'deliveries',
      data: {
        destination: destination.id,
        destinationName: DEMO_SCHEDULER_NAME,
        item: { relationTo: 'articles', value: row.piece.id },
        itemCollection: 'articles',
        itemId: String(row.piece.id),
        itemTitle: row.piece.title,
        event: 'published',
        network: row.network,
        status: row.status,
        attempts: row.attempts,
        lastMessage: row.lastMessage,
        ...(row.said ? { said: row.said } : {}),
        nextAttemptAt: row.nextAttemptAt,
        webhookId: newWebhookId(),
        orderKey: orderKey(destination.id, 'articles', row.piece.id, row.network),
      } as never,
      overrideAccess: true,
      depth: 0,
    })
  }
  log(`  + ${DEMO_SCHEDULER_NAME} (disabled) and ${rows.length} posts`)
}
