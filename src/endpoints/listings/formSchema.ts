import type { MessageKey } from '../../i18n/translate'
import { HONEYPOT_FIELD, type FieldSpec, type Spec } from '../../lib/crisis/submission'
import { type Schema, worded } from '../../openapi/operation'

const MESSAGES: Record<FieldSpec['type'], MessageKey> = {
  text: 'crisisFieldLength',
  choice: 'crisisFieldChoice',
  choices: 'crisisFieldChoice',
  email: 'crisisFieldEmail',
  phone: 'crisisFieldPhone',
  url: 'crisisFieldUrl',
  integer: 'crisisFieldInteger',
}

/** What a field's value may be, as JSON; an optional field may also be left empty (null, ""). */
function valueSchema(spec: FieldSpec): Schema {
  const required = 'required' in spec && spec.required
  const text = (schema: Schema): Schema =>
    required ? { type: 'string', minLength: 1, ...schema } : { type: ['string', 'null'], ...schema }
  switch (spec.type) {
    case 'text':
      return text({ minLength: spec.min ?? (required ? 1 : 0), maxLength: spec.max })
    case 'choice':
      return required ? { type: 'string', enum: [...spec.options] } : { enum: [...spec.options, '', null] }
    case 'choices':
      return { type: ['array', 'null'], items: worded({ enum: [...spec.options] }, MESSAGES.choices) }
    case 'email':
      return text({ maxLength: 254 })
    case 'phone':
    case 'url':
      return text({})
    case 'integer':
      return { type: required ? ['integer', 'string'] : ['integer', 'string', 'null'] }
  }
}

const fieldSchema = (spec: FieldSpec): Schema =>
  worded(valueSchema(spec), {
    required: 'crisisFieldRequired',
    ...('required' in spec && spec.required && spec.type !== 'text' ? { minLength: 'crisisFieldRequired' } : {}),
    '*': MESSAGES[spec.type],
  })

/**
 * A public form's body as the edge checks it, from the same spec the endpoint reads it with: the
 * required fields, each field's type, options and length, in the form's own words. What depends on
 * reading the text (lengths counted once spaces are trimmed, at most two links, a valid e-mail, phone
 * or web address) and on the place (postal code, commune, pin) stays the endpoint's, which names
 * the field in the same words. Fields grouped with a dot (`hours.monday`) come as one object
 * (`hours: { monday }`), as the site sends them.
 */
export function formSchema(spec: Spec, place?: { properties: Record<string, Schema>; required: string[] }): Schema {
  const properties: Record<string, Schema> = {}
  const groups: Record<string, Record<string, Schema>> = {}
  for (const [path, field] of Object.entries(spec)) {
    const [group, name] = path.split('.')
    if (name) (groups[group] ??= {})[name] = fieldSchema(field)
    else properties[path] = fieldSchema(field)
  }
  for (const [group, fields] of Object.entries(groups))
    properties[group] = { type: ['object', 'null'], properties: fields }
  const required = Object.entries(spec)
    .filter(([path, field]) => !path.includes('.') && 'required' in field && field.required)
    .map(([path]) => path)
  return worded(
    {
      type: 'object',
      required: [...required, ...(place?.required ?? [])],
      properties: {
        ...properties,
        ...place?.properties,
        [HONEYPOT_FIELD]: { type: ['string', 'null'], description: 'Leave empty.' },
      },
    },
    { type: 'crisisBadBody' },
  )
}

/** Where a listing stands: the postal code (required), the commune, and a pin on the map (optional). */
export const PLACE = {
  properties: {
    postalCode: { type: 'string', description: 'Five digits.' },
    city: { type: ['string', 'null'], description: 'Needed when the postal code serves several communes.' },
    latitude: worded({ type: ['number', 'null'], minimum: -90, maximum: 90 }, 'crisisCoordinatesInvalid'),
    longitude: worded({ type: ['number', 'null'], minimum: -180, maximum: 180 }, 'crisisCoordinatesInvalid'),
  },
  required: ['postalCode'],
}
