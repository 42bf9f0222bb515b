import type { Field, TextField } from 'payload'

/** What is wrong with an outbound link, or true. Only web links: no javascript:, data: or file: URLs in content. */
export function validateWebUrl(value: unknown, options?: { required?: boolean }): true | string {
  if (value === null || value === undefined || value === '')
    return options?.required ? 'An address is required here.' : true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
    return `"${String(value)}" is not a web address: it must start with http:// or https://.`
  } catch {
    return `"${String(value)}" is not a valid address (expected https://…).`
  }
}

export function urlField(name: string, label: { fr: string; en: string }, extra: Partial<TextField> = {}): Field {
  return { name, type: 'text', label, validate: validateWebUrl, ...extra } as TextField
}

/** A list of labelled links (sources, further reading). */
export function linksField(name: string, label: { fr: string; en: string }): Field {
  return {
    name,
    type: 'array',
    label,
    fields: [
      // Not required: a translation should not have to retype every label (the French one shows through).
      { name: 'label', type: 'text', localized: true, label: { fr: 'Libellé', en: 'Label' } },
      urlField('url', { fr: 'Adresse', en: 'URL' }, { required: true }),
    ],
  }
}
