import type { SanitizedConfig } from 'payload'

/** The names Payload's own collections show in the admin ("4 préférences supprimées avec succès"). */
const LABELS: Record<string, { singular: Record<string, string>; plural: Record<string, string> }> = {
  'payload-preferences': {
    singular: { fr: 'Préférence', en: 'Preference' },
    plural: { fr: 'Préférences', en: 'Preferences' },
  },
  'payload-locked-documents': {
    singular: { fr: 'Verrou de modification', en: 'Edit lock' },
    plural: { fr: 'Verrous de modification', en: 'Edit locks' },
  },
  'payload-migrations': {
    singular: { fr: 'Migration', en: 'Migration' },
    plural: { fr: 'Migrations', en: 'Migrations' },
  },
}

/**
 * Payload adds its internal collections while it sanitizes the config, after every plugin has run,
 * and names them after their slug in English ("Payload Preferences"). Their labels are set once
 * they exist.
 */
export function labelInternalCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const labels = LABELS[collection.slug]
    if (labels) collection.labels = labels
  }
  return config
}
