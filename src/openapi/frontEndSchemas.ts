import { SITE_TYPES } from '../lib/sitePaths'
import type { Schema } from './operation'

const size: Schema = {
  type: 'object',
  properties: {
    url: { type: ['string', 'null'] },
    width: { type: ['integer', 'null'] },
    height: { type: ['integer', 'null'] },
    mimeType: { type: ['string', 'null'] },
    filesize: { type: ['integer', 'null'] },
  },
}

/** Shapes of the front-end endpoints' answers, shared by their descriptions. */
export const FRONT_END_SCHEMAS: Record<string, Schema> = {
  FeedItem: {
    type: 'object',
    required: ['type', 'id', 'slug', 'title', 'summary', 'image', 'publishedAt', 'sponsored', 'path'],
    properties: {
      type: { type: 'string', enum: [...SITE_TYPES] },
      id: { type: ['integer', 'string'] },
      slug: { type: 'string' },
      title: { type: 'string' },
      summary: { type: ['string', 'null'] },
      image: {
        oneOf: [
          { type: 'null' },
          {
            allOf: [
              size,
              {
                type: 'object',
                properties: { alt: { type: 'string' }, sizes: { type: 'object', additionalProperties: size } },
              },
            ],
          },
        ],
      },
      publishedAt: { type: 'string', format: 'date-time' },
      sponsored: { type: 'boolean' },
      path: {
        type: 'string',
        description: 'The piece’s address on the public site.',
        examples: ['/articles/plan-de-relance'],
      },
    },
  },
  FeedPage: {
    type: 'object',
    required: ['items', 'next'],
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/FeedItem' } },
      next: {
        type: ['string', 'null'],
        description: 'Pass back as `cursor` for the next page; null on the last page.',
      },
    },
  },
  CalendarItem: {
    type: 'object',
    required: ['type', 'id', 'title', 'start', 'allDay', 'href', 'people'],
    properties: {
      type: { type: 'string', enum: ['publication', 'subject', 'event', 'meeting'] },
      id: { type: ['integer', 'string'], description: 'What moves when the item is rescheduled.' },
      title: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      allDay: { type: 'boolean' },
      href: { type: 'string' },
      people: { type: 'array', items: { type: 'string' } },
      status: { type: ['string', 'null'] },
      updatedAt: { type: 'string' },
    },
  },
  Error: {
    type: 'object',
    required: ['errors'],
    properties: {
      errors: {
        type: 'array',
        items: { type: 'object', required: ['message'], properties: { message: { type: 'string' }, data: {} } },
      },
    },
  },
  FeatureCollection: {
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: { const: 'FeatureCollection' },
      features: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            type: { const: 'Feature' },
            geometry: {
              type: 'object',
              properties: {
                type: { const: 'Point' },
                coordinates: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 },
              },
            },
            properties: { type: 'object' },
          },
        },
      },
    },
  },
}
