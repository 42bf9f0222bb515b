import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

import { CONTENT, may } from '../lib/permissions'

type Props = { payload: Payload; user?: PayloadRequest['user']; i18n?: { language: string } }

type Waiting = { collection: string; id: number | string; title: string; updatedAt: string }

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.companyName ?? doc.question ?? doc.id)

/** What waits for review, oldest first: the editors' first stop on the dashboard. */
export async function ReviewQueue({ payload, user, i18n }: Props) {
  if (!user || !CONTENT.some((collection) => may(user.roles, collection, 'publish'))) return null
  const fr = i18n?.language !== 'en'
  const waiting: Waiting[] = []
  for (const collection of CONTENT) {
    const { docs } = await payload.find({
      collection,
      where: { workflowStatus: { equals: 'in-review' } },
      draft: true,
      sort: 'updatedAt',
      limit: 50,
      depth: 0,
      user,
      overrideAccess: false,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      waiting.push({ collection, id: doc.id as number, title: titleOf(doc), updatedAt: String(doc.updatedAt) })
    }
  }
  waiting.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
  return (
    <section className="review-queue" aria-labelledby="review-queue-title" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="review-queue-title">{fr ? `À relire (${waiting.length})` : `Waiting for review (${waiting.length})`}</h2>
      {waiting.length === 0 ? (
        <p>{fr ? 'Rien n’attend de relecture.' : 'Nothing waits for review.'}</p>
      ) : (
        <ol>
          {waiting.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a> · {item.collection} ·{' '}
              {new Date(item.updatedAt).toLocaleString(fr ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris' })}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
