import { ValidationError, type Field, type FieldHook } from 'payload'

import { translate } from '../i18n/translate'
import { slugify } from '../lib/text'

/**
 * Fills the slug from the source field when left empty, folds whatever is typed, and refuses a
 * duplicate with a message that names it. Runs before validation so it also guards drafts, which
 * Payload saves without validating.
 */
const makeSlug =
  (source: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    const id = originalDoc?.id as number | string | undefined
    // A partial update that does not mention the slug keeps it: renaming a piece must not move its URL.
    if (value === undefined && originalDoc?.slug) return originalDoc.slug
    const raw = typeof value === 'string' && value.trim() ? value : (data?.[source] ?? originalDoc?.[source])
    if (typeof raw !== 'string' || !raw.trim()) return value
    const slug = slugify(raw)
    if (!collection || !slug) return slug || value
    const clash = await req.payload.find({
      collection: collection.slug,
      where: { and: [{ slug: { equals: slug } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      select: {},
    })
    if (clash.docs.length) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'slug',
            message: translate(req, 'slugTaken', { slug }),
          },
        ],
        req,
      })
    }
    return slug
  }

export function slugField(source = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    label: { fr: 'Slug (adresse)', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: { fr: 'Rempli depuis le titre si laissé vide.', en: 'Filled from the title when left empty.' },
    },
    hooks: { beforeValidate: [makeSlug(source)] },
  }
}
