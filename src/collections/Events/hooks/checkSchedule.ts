import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** An event ends after it starts; checked on drafts too, so a wrong pair never reaches the calendar. */
export const checkSchedule: CollectionBeforeValidateHook = ({ data, originalDoc, collection }) => {
  const startsAt = data?.startsAt ?? originalDoc?.startsAt
  const endsAt = data?.endsAt ?? originalDoc?.endsAt
  if (startsAt && endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'endsAt', message: 'The event must end after it starts.' }],
    })
  }
  return data
}
