import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { translate } from '../../../i18n/translate'

/** An event ends after it starts; checked on drafts too, so a wrong pair never reaches the calendar. */
export const checkSchedule: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  const startsAt = data?.startsAt ?? originalDoc?.startsAt
  const endsAt = data?.endsAt ?? originalDoc?.endsAt
  if (startsAt && endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'endsAt', message: translate(req, 'eventEndsBeforeStart') }],
      req,
    })
  }
  return data
}
