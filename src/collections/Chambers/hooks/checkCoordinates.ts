import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { coordinatesProblem } from '../../../lib/geo'

/** A chamber is on the map with both coordinates or not at all. */
export const checkCoordinates: CollectionBeforeValidateHook = ({ data, originalDoc, collection }) => {
  const pick = (name: 'latitude' | 'longitude') => (data && name in data ? data[name] : originalDoc?.[name])
  const problem = coordinatesProblem(pick('latitude'), pick('longitude'))
  if (problem)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: problem.field, message: problem.message }],
    })
  return data
}
