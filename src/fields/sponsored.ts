import type { Field } from 'payload'

/**
 * Derived, never stored: every answer that carries a sponsored piece says so, whatever fields the
 * client selected to populate.
 */
export function sponsoredField(): Field {
  return {
    name: 'sponsored',
    type: 'checkbox',
    virtual: true,
    label: { fr: 'Contenu sponsorisé', en: 'Sponsored' },
    admin: { position: 'sidebar', readOnly: true },
    hooks: { afterRead: [({ siblingData }) => Boolean(siblingData?.sponsor)] },
  }
}
