import { as, type Row } from './db'
import type { Field, Spec } from './loader'

const s = (
  name: string,
  column: string,
  type: 'text' | 'number' | 'date' | 'json' | 'bool' = 'text',
  localized = false,
): Field => ({ kind: 'scalar', name, column, type, localized })
const timestamps: Field[] = [s('updatedAt', 'updated_at', 'date'), s('createdAt', 'created_at', 'date')]
const meta: Field = {
  kind: 'group',
  name: 'meta',
  fields: [
    s('title', 'meta_title', 'text', true),
    s('description', 'meta_description', 'text', true),
    { kind: 'relColumn', name: 'image', column: 'meta_image_id', localized: true },
  ],
}
const publication: Field[] = [s('slug', 'slug'), s('publishedAt', 'published_at', 'date')]

export const ARTICLES: Spec = {
  table: 'articles',
  fields: [
    s('id', 'id', 'number'),
    s('title', 'title', 'text', true),
    s('standfirst', 'standfirst', 'text', true),
    s('body', 'body', 'json', true),
    s('format', 'format'),
    { kind: 'relColumn', name: 'heroImage', column: 'hero_image_id' },
    { kind: 'relMany', name: 'authors', path: 'authors', column: 'users_id' },
    { kind: 'array', name: 'byline', table: 'articles_byline', fields: [s('id', 'id'), s('name', 'name')] },
    {
      kind: 'array',
      name: 'sources',
      table: 'articles_sources',
      fields: [s('id', 'id'), s('url', 'url')],
      localizedFields: [s('label', 'label', 'text', true)],
    },
    { kind: 'relMany', name: 'relatedFaqs', path: 'relatedFaqs', column: 'faqs_id' },
    s('territory', 'territory'),
    { kind: 'relColumn', name: 'sponsor', column: 'sponsor_id' },
    ...publication,
    { kind: 'relMany', name: 'topics', path: 'topics', column: 'topics_id' },
    { kind: 'selectMany', name: 'audiences', table: 'articles_audiences' },
    meta,
    ...timestamps,
    s('_status', '_status'),
  ],
}

export const FAQS: Spec = {
  table: 'faqs',
  fields: [
    s('id', 'id', 'number'),
    s('question', 'question', 'text', true),
    s('answer', 'answer', 'json', true),
    s('order', 'order', 'number'),
    s('lastReviewedAt', 'last_reviewed_at', 'date'),
    ...publication,
    { kind: 'relMany', name: 'topics', path: 'topics', column: 'topics_id' },
    { kind: 'selectMany', name: 'audiences', table: 'faqs_audiences' },
    meta,
    ...timestamps,
    s('_status', '_status'),
  ],
}

export const TOPICS: Spec = {
  table: 'topics',
  fields: [
    s('id', 'id', 'number'),
    s('title', 'title', 'text', true),
    s('description', 'description', 'text', true),
    s('slug', 'slug'),
    { kind: 'relColumn', name: 'parent', column: 'parent_id' },
    {
      kind: 'array',
      name: 'breadcrumbs',
      table: 'topics_breadcrumbs',
      localized: true,
      fields: [
        { kind: 'relColumn', name: 'doc', column: 'doc_id' },
        s('url', 'url'),
        s('label', 'label'),
        s('id', 'id'),
      ],
    },
    ...timestamps,
  ],
}

export const PARTNERS: Spec = {
  table: 'partners',
  fields: [
    s('id', 'id', 'number'),
    s('name', 'name'),
    s('kind', 'kind'),
    { kind: 'relColumn', name: 'logo', column: 'logo_id' },
    s('url', 'url'),
    ...timestamps,
  ],
}

export const DOSSIERS: Spec = {
  table: 'dossiers',
  fields: [
    s('id', 'id', 'number'),
    s('title', 'title', 'text', true),
    s('phase', 'phase'),
    s('description', 'description', 'text', true),
    {
      kind: 'poly',
      name: 'items',
      path: 'items',
      targets: ['articles', 'success-stories', 'initiatives', 'faqs', 'guides', 'events'],
    },
    ...publication,
    { kind: 'relMany', name: 'topics', path: 'topics', column: 'topics_id' },
    { kind: 'selectMany', name: 'audiences', table: 'dossiers_audiences' },
    meta,
    ...timestamps,
    s('_status', '_status'),
  ],
}

// Payload computes file URLs on read from the file names; they are not stored.
const fileUrl = (filename: unknown) => (filename ? `/api/media/file/${encodeURIComponent(String(filename))}` : null)
const size = (name: string): Field => ({
  kind: 'group',
  name,
  fields: [
    { kind: 'computed', name: 'url', compute: (row: Row) => fileUrl(row[`sizes_${name}_filename`]) },
    s('width', `sizes_${name}_width`, 'number'),
    s('height', `sizes_${name}_height`, 'number'),
    s('mimeType', `sizes_${name}_mime_type`),
    s('filesize', `sizes_${name}_filesize`, 'number'),
    s('filename', `sizes_${name}_filename`),
  ],
})

export const MEDIA: Spec = {
  table: 'media',
  fields: [
    s('id', 'id', 'number'),
    s('alt', 'alt'),
    s('caption', 'caption'),
    s('credit', 'credit'),
    { kind: 'relColumn', name: 'createdBy', column: 'created_by_id' },
    s('prefix', 'prefix'),
    s('_objectKey', '_objectkey'),
    ...timestamps,
    { kind: 'computed', name: 'url', compute: (row) => fileUrl(row.filename) },
    { kind: 'computed', name: 'thumbnailURL', compute: (row) => fileUrl(row.sizes_thumbnail_filename) },
    s('filename', 'filename'),
    s('mimeType', 'mime_type'),
    s('filesize', 'filesize', 'number'),
    s('width', 'width', 'number'),
    s('height', 'height', 'number'),
    s('focalX', 'focal_x', 'number'),
    s('focalY', 'focal_y', 'number'),
    { kind: 'group', name: 'sizes', fields: ['thumbnail', 'card', 'hero', 'og'].map(size) },
  ],
}

export const isPublic = (row: Row, now: string) =>
  row._status === 'published' && (row.embargo_until === null || as.date(row.embargo_until)! <= now)
