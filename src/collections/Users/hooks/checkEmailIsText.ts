import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/**
 * Payload lower-cases the e-mail before it validates it, so a number or an object there failed
 * with a 500: refused here, before, with the field named.
 */
export const checkEmailIsText: CollectionBeforeValidateHook = ({ data, req }) => {
  if (data && 'email' in data && typeof data.email !== 'string') {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'email', message: 'The e-mail address must be text.' }],
      req,
    })
  }
  return data
}
