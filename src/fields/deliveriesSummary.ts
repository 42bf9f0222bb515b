import type { Field } from 'payload'

import { shownToReadersOf } from './shownTo'

/** The piece's sends, one line per destination and network, beside the form (src/components/DeliveriesSummary.tsx). */
export function deliveriesSummaryField(): Field {
  return {
    name: 'deliveriesSummary',
    type: 'ui',
    label: { fr: 'Envois', en: 'Deliveries' },
    admin: {
      position: 'sidebar',
      condition: shownToReadersOf('deliveries'),
      components: { Field: '/components/DeliveriesSummary#DeliveriesSummary' },
    },
  }
}
