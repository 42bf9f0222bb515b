import type { Field } from 'payload'

import { NOTIFICATION_KINDS, NOTIFICATION_LABELS } from '../lib/notificationMessages'

/** One switch per kind of e-mail; all on until the person turns one off. */
export function notificationPreferencesField(): Field {
  return {
    name: 'notifications',
    type: 'group',
    label: { fr: 'Notifications par e-mail', en: 'E-mail notifications' },
    admin: {
      description: {
        fr: 'Décochez ce que vous ne voulez plus recevoir.',
        en: 'Untick what you no longer want to receive.',
      },
    },
    fields: NOTIFICATION_KINDS.map((kind) => ({
      name: kind,
      type: 'checkbox' as const,
      defaultValue: true,
      label: NOTIFICATION_LABELS[kind],
    })),
  }
}
