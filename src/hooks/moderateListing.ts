import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { translate } from '../i18n/translate'
import { moderationAllows, type Status } from '../lib/crisis/lifecycle'
import { kindOf } from '../lib/crisis/listingKinds'
import { mailOwner } from '../notifications/ownerMail'

/** Set by the platform's own writes (submission, owner's link, expiry): the moderation rules are for people. */
export const PLATFORM_WRITE = 'crisisPlatformWrite'

/**
 * A moderator's decision: only the moves the lifecycle allows; a rejection needs its reason (the
 * owner receives it); nothing is published before the owner has confirmed their address.
 */
export const checkModeration: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context[PLATFORM_WRITE] || !originalDoc) return data
  const from = originalDoc.status as Status
  const to = (data.status ?? from) as Status
  if (from === to) return data
  if (!moderationAllows(from, to))
    throw new APIError(translate(req, 'crisisModerationRefused', { from, to }), 400, undefined, true)
  const reason = String(data.rejectionReason ?? originalDoc.rejectionReason ?? '').trim()
  if (to === 'rejected' && !reason) throw new APIError(translate(req, 'crisisReasonRequired'), 400, undefined, true)
  if (to === 'published' && !originalDoc.confirmedAt)
    throw new APIError(translate(req, 'crisisOwnerNotConfirmed'), 409, undefined, true)
  return data
}

/** The owner hears of the decision, in the same transaction (sent once committed). */
export const mailModerationDecision: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const kind = kindOf(collection.slug)
  if (!kind || operation !== 'update' || req.context[PLATFORM_WRITE] || previousDoc?.status === doc.status) return doc
  if (doc.status === 'published') await mailOwner(req, kind, doc, 'Approved')
  if (doc.status === 'rejected') await mailOwner(req, kind, doc, 'Rejected')
  return doc
}
