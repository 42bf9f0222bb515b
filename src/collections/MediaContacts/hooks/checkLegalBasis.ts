import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { translate } from '../../../i18n/translate'
import { basisProblem, normaliseEmail } from '../../../lib/press/contacts'

const MESSAGES = {
  legalBasis: 'pressLegalBasisMissing',
  consentAt: 'pressConsentDateMissing',
  legitimateInterestNote: 'pressInterestNoteMissing',
} as const

/** No contact without a legal basis that holds (consent dated, interest justified); addresses compared lower-cased. */
export const checkLegalBasis: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data }
  const problem = basisProblem(merged)
  if (problem)
    throw new ValidationError({
      collection: 'media-contacts',
      errors: [{ path: problem, message: translate(req, MESSAGES[problem]) }],
      req,
    })
  return typeof data.email === 'string' ? { ...data, email: normaliseEmail(data.email) } : data
}
