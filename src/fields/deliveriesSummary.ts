import type { Field } from 'payload'

/** The piece's sends, one line per destination and network, beside the form (src/components/DeliveriesSummary.tsx). */
export function deliveriesSummaryField(): Field {
  return {
    name: 'deliveriesSummary',
    type: 'ui',
    label: { fr: 'Envois', en: 'Deliveries' },
    admin: { position: 'sidebar', components: { Field: '/components/DeliveriesSummary#DeliveriesSummary' } },
  }
}
