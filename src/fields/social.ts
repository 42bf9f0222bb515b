import type { Field } from 'payload'

import { staffWithRole } from '../access/staffWithRole'
import { NETWORKS, type Network } from '../distribution/types'
import { shownToReadersOf } from './shownTo'

const LABELS: Record<Network, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' }
// X and LinkedIn carry the newsroom's relays by default; Facebook is chosen piece by piece.
const ON_BY_DEFAULT: Record<Network, boolean> = { x: true, facebook: false, linkedin: true }

/** The social copy of a piece, one group per network; checked against each network's limit on save (src/hooks/checkSocialCopy.ts). */
export function socialField(): Field {
  return {
    name: 'social',
    type: 'group',
    label: { fr: 'Réseaux sociaux', en: 'Social media' },
    // The newsroom's relay plans (texts, times) are not for readers of the API.
    access: { read: staffWithRole },
    // Relays are the newsroom's business: a chamber's correspondent, who follows no delivery, is not shown them.
    admin: {
      condition: shownToReadersOf('deliveries'),
      description: {
        fr: 'Texte vide : titre, chapô et lien, ajustés à la limite du réseau.',
        en: 'Empty text: title, standfirst and link, fitted to the network’s limit.',
      },
    },
    fields: NETWORKS.map((network) => ({
      name: network,
      type: 'group' as const,
      label: LABELS[network],
      fields: [
        {
          name: 'enabled',
          type: 'checkbox' as const,
          defaultValue: ON_BY_DEFAULT[network],
          label: { fr: 'Publier', en: 'Post' },
        },
        { name: 'text', type: 'textarea' as const, label: { fr: 'Texte', en: 'Text' } },
        { name: 'image', type: 'upload' as const, relationTo: 'media' as const, label: { fr: 'Image', en: 'Image' } },
        {
          name: 'scheduledAt',
          type: 'date' as const,
          label: { fr: 'Programmé à', en: 'Scheduled at' },
          admin: {
            description: { fr: 'Vide : à la publication.', en: 'Empty: when published.' },
            date: { pickerAppearance: 'dayAndTime' as const },
          },
        },
      ],
    })),
  }
}

/** The live preview of each network's post, under the social copy (src/components/SocialPreview.tsx). */
export function socialPreviewField(): Field {
  return {
    name: 'socialPreview',
    type: 'ui',
    admin: {
      condition: shownToReadersOf('deliveries'),
      components: { Field: '/components/SocialPreview#SocialPreview' },
    },
  }
}
