import type { Config, Field } from 'payload'

/** date-fns patterns, read in the admin's language: "21 nov. 2026 10:00", "21 nov. 2026". */
export const ADMIN_DATE_FORMAT = 'd MMM yyyy HH:mm'
const DAY_FORMAT = 'd MMM yyyy'

function withFrenchDates(field: Field): Field {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    const dayOnly = !date.pickerAppearance || date.pickerAppearance === 'dayOnly'
    const hours = date.pickerAppearance === 'dayAndTime' || date.pickerAppearance === 'timeOnly'
    return {
      ...field,
      admin: {
        ...field.admin,
        date: {
          ...date,
          displayFormat: date.displayFormat ?? (dayOnly ? DAY_FORMAT : ADMIN_DATE_FORMAT),
          ...(hours ? { timeFormat: date.timeFormat ?? 'HH:mm' } : {}),
        } as typeof date,
      },
    }
  }
  if ('fields' in field && Array.isArray(field.fields))
    return { ...field, fields: field.fields.map(withFrenchDates) } as Field
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withFrenchDates) })) }
  if (field.type === 'blocks')
    return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withFrenchDates) })) }
  return field
}

/**
 * Payload's date pickers default to the American "Nov 21, 2026 10:00 AM": every date field of the
 * admin shows the day first and 24-hour time, unless it says otherwise.
 */
export function frenchDates() {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      fields: collection.fields.map(withFrenchDates),
    })),
    globals: (config.globals ?? []).map((global) => ({ ...global, fields: global.fields.map(withFrenchDates) })),
  })
}
