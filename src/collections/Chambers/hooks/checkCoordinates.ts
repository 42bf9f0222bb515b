import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { translate } from '../../../i18n/translate'
import { coordinatesProblem } from '../../../lib/geo'

/** A chamber is on the map with both coordinates or not at all. */
export const checkCoordinates: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  const pick = (name: 'latitude' | 'longitude') => (data && name in data ? data[name] : originalDoc?.[name])
  const problem = coordinatesProblem(pick('latitude'), pick('longitude'))
  if (problem)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: problem.field, message: translate(req, problem.code) }],
      req,
    })
  return data
}
