import type { Field, TextField } from 'payload'

import { isDepartmentCode, regionOptions } from '../lib/regions'

export const AUDIENCES = ['entrepreneurs', 'business-owners', 'individuals', 'institutions'] as const

export const AUDIENCE_OPTIONS = [
  { value: 'entrepreneurs', label: { fr: 'Créateurs d’entreprise', en: 'Entrepreneurs' } },
  { value: 'business-owners', label: { fr: 'Chefs d’entreprise', en: 'Business owners' } },
  { value: 'individuals', label: { fr: 'Particuliers', en: 'Individuals' } },
  { value: 'institutions', label: { fr: 'Institutions', en: 'Institutions' } },
] satisfies { value: (typeof AUDIENCES)[number]; label: Record<string, string> }[]

export function topicsField(): Field {
  return {
    name: 'topics',
    type: 'relationship',
    relationTo: 'topics',
    hasMany: true,
    label: { fr: 'Thématiques', en: 'Topics' },
    admin: { position: 'sidebar' },
  }
}

export function audiencesField(): Field {
  return {
    name: 'audiences',
    type: 'select',
    hasMany: true,
    index: true,
    label: { fr: 'Publics', en: 'Audiences' },
    admin: { position: 'sidebar' },
    options: AUDIENCE_OPTIONS,
  }
}

export function regionField(name = 'region'): Field {
  return { name, type: 'select', label: { fr: 'Région', en: 'Region' }, options: regionOptions }
}

/** National scope or one region. */
export function territoryField(): Field {
  return {
    name: 'territory',
    type: 'select',
    defaultValue: 'national',
    label: { fr: 'Territoire', en: 'Territory' },
    admin: { position: 'sidebar' },
    options: [{ value: 'national', label: 'National' }, ...regionOptions],
  }
}

export function departmentCodeField(extra: { index?: boolean } = {}): TextField {
  return {
    ...extra,
    name: 'departmentCode',
    type: 'text',
    label: { fr: 'Département (code)', en: 'Department code' },
    validate: (value: unknown) =>
      value === null || value === undefined || value === '' || isDepartmentCode(String(value))
        ? true
        : `"${String(value)}" is not a department code: 01–95, 2A, 2B, or 971–974, 976.`,
  }
}
