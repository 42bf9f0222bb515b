import type { CollectionAfterChangeHook } from 'payload'

import { SYSTEM_DELIVERY } from '../collections/Subjects/hooks/enforceSubjectFlow'
import { checkSubjectTransition, isSubjectStatus } from '../lib/subjectFlow'

/**
 * Publishing a piece delivers the subjects it was written for, in the same transaction: if the
 * publication fails, the subjects stay where they were. A subject that cannot be delivered yet
 * (still a proposal) is left alone rather than failing the publication.
 */
export const deliverSubjects: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (doc._status !== 'published') return doc
  const { docs } = await req.payload.find({
    collection: 'subjects',
    where: {
      and: [
        { 'deliverable.relationTo': { equals: collection.slug } },
        { 'deliverable.value': { equals: doc.id } },
        { status: { not_equals: 'delivered' } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const subject of docs) {
    if (!isSubjectStatus(subject.status) || !checkSubjectTransition(subject.status, 'delivered', ['admin'], true).ok)
      continue
    req.context[SYSTEM_DELIVERY] = String(subject.id)
    try {
      await req.payload.update({
        collection: 'subjects',
        id: subject.id,
        data: { status: 'delivered' },
        depth: 0,
        overrideAccess: true,
        req,
      })
    } finally {
      delete req.context[SYSTEM_DELIVERY]
    }
  }
  return doc
}
