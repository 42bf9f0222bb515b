import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { translate } from '../../../i18n/translate'

/**
 * Payload lower-cases the e-mail before it validates it, so a number or an object there failed
 * with a 500: refused here, before, with the field named.
 */
export const checkEmailIsText: CollectionBeforeValidateHook = ({ data, req }) => {
  if (data && 'email' in data && typeof data.email !== 'string') {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'email', message: translate(req, 'emailNotText') }],
      req,
    })
  }
  return data
}
