import type { CollectionBeforeReadHook } from 'payload'

/** Runs before field access strips the secret: says whether one is saved, without saying what it is. */
export const reportSecretSet: CollectionBeforeReadHook = ({ doc }) => ({ ...doc, secretSet: Boolean(doc.secret) })
