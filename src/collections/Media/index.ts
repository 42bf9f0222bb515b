import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { setCreatedBy } from '../../hooks/setCreatedBy'
import { ALLOWED_MIME_TYPES, MAX_IMAGE_PIXELS } from '../../lib/uploadPolicy'
import { checkUploadedFile } from './hooks/checkUploadedFile'
import { oneUploadPerName } from './hooks/oneUploadPerName'
import { refusePrivateUrl } from './hooks/refusePrivateUrl'

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig = {
  slug: 'media',
  // The URL is computed from the file name: a read that selects only `url` (GraphQL with
  // `select: true`, REST `select[url]`) must still get it.
  forceSelect: { filename: true },
  labels: {
    singular: { fr: 'Média', en: 'Media item' },
    plural: { fr: 'Médias', en: 'Media' },
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
  },
  access: accessFromMatrix('media'),
  hooks: {
    beforeOperation: [refusePrivateUrl, checkUploadedFile, oneUploadPerName],
    beforeChange: [setCreatedBy],
  },
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.MEDIA_DIR || 'media'),
    mimeTypes: ALLOWED_MIME_TYPES,
    focalPoint: true,
    crop: true,
    constructorOptions: { limitInputPixels: MAX_IMAGE_PIXELS },
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp },
      { name: 'hero', width: 1600, formatOptions: webp },
      // Social cards need this exact size: a smaller picture is enlarged rather than left without one.
      { name: 'og', width: 1200, height: 630, position: 'centre', withoutEnlargement: false, formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { fr: 'Texte alternatif', en: 'Alternative text' },
    },
    {
      name: 'caption',
      type: 'textarea',
      label: { fr: 'Légende', en: 'Caption' },
    },
    {
      name: 'credit',
      type: 'text',
      label: { fr: 'Crédit', en: 'Credit' },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: { fr: 'Ajouté par', en: 'Uploaded by' },
      access: { update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
