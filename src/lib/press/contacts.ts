/**
 * Who on the press list may be written to. Nothing here imports Payload: the rules are read by the
 * outbox when it queues a release, again by the worker just before it sends, and by the CSV import.
 */
export const MEDIA = ['print', 'radio', 'tv', 'web', 'agency'] as const
export type Medium = (typeof MEDIA)[number]

export const LEGAL_BASES = ['consent', 'legitimate-interest'] as const
export type LegalBasis = (typeof LEGAL_BASES)[number]

export type ContactBasis = {
  legalBasis?: string | null
  consentAt?: string | null
  legitimateInterestNote?: string | null
  optOutAt?: string | null
}

/** Why a contact may not be written to, or null when they may. */
export function refusalOf(contact: ContactBasis): 'opted-out' | 'no-legal-basis' | null {
  if (contact.optOutAt) return 'opted-out'
  if (contact.legalBasis === 'consent' && contact.consentAt) return null
  if (contact.legalBasis === 'legitimate-interest' && contact.legitimateInterestNote?.trim()) return null
  return 'no-legal-basis'
}

export const mayReceive = (contact: ContactBasis) => refusalOf(contact) === null

/** The basis a contact's record must carry: consent with its date, or legitimate interest with its note. */
export function basisProblem(contact: ContactBasis): 'legalBasis' | 'consentAt' | 'legitimateInterestNote' | null {
  if (!contact.legalBasis || !(LEGAL_BASES as readonly string[]).includes(contact.legalBasis)) return 'legalBasis'
  if (contact.legalBasis === 'consent' && !contact.consentAt) return 'consentAt'
  if (contact.legalBasis === 'legitimate-interest' && !contact.legitimateInterestNote?.trim())
    return 'legitimateInterestNote'
  return null
}

// Deliberately plain: one @, something on each side, a dot in the domain, no spaces.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/

export const isEmail = (value: string) => EMAIL.test(value.trim())

/** The form used to compare two addresses (duplicates). */
export const normaliseEmail = (value: string) => value.trim().toLowerCase()
