import type { CollectionConfig, FieldAccess } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { proposeFromTrendEndpoint } from '../../endpoints/proposeFromTrend'
import { questionIntakeEndpoint } from '../../endpoints/questionIntake'
import { questionTrendsEndpoint } from '../../endpoints/questionTrends'
import { regionOptions } from '../../lib/regions'
import { QUESTION_AUDIENCES, SECTOR_LABELS, SECTORS, TEXT_MAX, TEXT_MIN } from '../../lib/questionIntake'
import { parseRateLimit } from '../../lib/rateLimit'

const nobody = () => false
/** A business's words are kept as sent; the newsroom adds topics. */
const asSent: { update: FieldAccess } = { update: nobody }

const AUDIENCE_LABELS: Record<(typeof QUESTION_AUDIENCES)[number], string> = {
  entrepreneurs: 'Créateurs d’entreprise',
  'business-owners': 'Chefs d’entreprise',
  individuals: 'Particuliers',
  institutions: 'Institutions',
}

/** Default: 10 questions per address per 10 minutes; `QUESTIONS_RATE_LIMIT=20/1h` to change it. */
export const DEFAULT_QUESTIONS_RATE_LIMIT = { limit: 10, windowMs: 10 * 60_000 }

/**
 * The questions businesses ask the crisis call centres and the public form: what the newsroom's
 * coverage follows. They arrive only through the public intake; staff tag them with topics, and
 * the weekly trends show which topics rise.
 */
export function questionsCollection(env: NodeJS.ProcessEnv): CollectionConfig {
  const rateLimit = parseRateLimit(env.QUESTIONS_RATE_LIMIT, DEFAULT_QUESTIONS_RATE_LIMIT, 'QUESTIONS_RATE_LIMIT')
  return {
    slug: 'questions',
    labels: {
      singular: { fr: 'Question d’entreprise', en: 'Business question' },
      plural: { fr: 'Questions des entreprises', en: 'Business questions' },
    },
    defaultSort: '-askedAt',
    admin: {
      useAsTitle: 'text',
      defaultColumns: ['text', 'sector', 'territory', 'topics', 'askedAt'],
      group: { fr: 'Planification', en: 'Planning' },
      components: { beforeList: ['/components/planning/QuestionTrends#QuestionTrends'] },
    },
    access: { ...accessFromMatrix('questions'), create: nobody },
    endpoints: [questionIntakeEndpoint(rateLimit), questionTrendsEndpoint, proposeFromTrendEndpoint],
    disableDuplicate: true,
    fields: [
      {
        name: 'text',
        type: 'textarea',
        required: true,
        minLength: TEXT_MIN,
        maxLength: TEXT_MAX,
        access: asSent,
        label: { fr: 'Question', en: 'Question' },
        admin: { readOnly: true },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'sector',
            type: 'select',
            required: true,
            access: asSent,
            label: { fr: 'Secteur', en: 'Sector' },
            options: SECTORS.map((value) => ({ value, label: SECTOR_LABELS[value] })),
            admin: { readOnly: true },
          },
          {
            name: 'territory',
            type: 'select',
            required: true,
            access: asSent,
            label: { fr: 'Territoire', en: 'Territory' },
            options: [{ value: 'national', label: 'National' }, ...regionOptions],
            admin: { readOnly: true },
          },
          {
            name: 'audience',
            type: 'select',
            required: true,
            access: asSent,
            label: { fr: 'Public', en: 'Audience' },
            options: QUESTION_AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] })),
            admin: { readOnly: true },
          },
        ],
      },
      {
        name: 'askedAt',
        type: 'date',
        required: true,
        index: true,
        access: asSent,
        label: { fr: 'Posée le', en: 'Asked at' },
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'topics',
        type: 'relationship',
        relationTo: 'topics',
        hasMany: true,
        index: true,
        label: { fr: 'Thématiques', en: 'Topics' },
      },
      {
        name: 'subjects',
        type: 'join',
        collection: 'subjects',
        on: 'questions',
        label: { fr: 'Sujets qui y répondent', en: 'Subjects answering it' },
        admin: { allowCreate: false },
      },
    ],
  }
}
