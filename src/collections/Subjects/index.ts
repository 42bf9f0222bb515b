import type { CollectionConfig, FieldAccess } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { startPieceEndpoint } from '../../endpoints/startPiece'
import { readersOf } from '../../access/readersOf'
import { shownToNewsroomOrWhenSet, shownToReadersOf } from '../../fields/shownTo'
import { topicsField } from '../../fields/taxonomy'
import { setCreatedBy } from '../../hooks/setCreatedBy'
import { SUBJECT_STATUS_LABELS } from '../../lib/board'
import { CONTENT } from '../../lib/permissions'
import { isStaff } from '../../lib/roles'
import { SUBJECT_STATUSES } from '../../lib/subjectFlow'
import { checkAssigneeCanWrite } from './hooks/checkAssigneeCanWrite'
import { enforceSubjectFlow } from './hooks/enforceSubjectFlow'
import { notifyAssignment } from './hooks/notifyAssignment'

export const SUBJECT_SOURCES = [
  'business-questions',
  'chamber-initiative',
  'press-request',
  'government-measure',
  'newsroom-idea',
] as const
export const CHANNELS = ['site', 'x', 'facebook', 'linkedin'] as const

const CONTENT_LABELS: Record<(typeof CONTENT)[number], string> = {
  articles: 'Article',
  'success-stories': 'Success story',
  initiatives: 'Initiative',
  faqs: 'Question de FAQ',
  guides: 'Fiche pratique',
  events: 'Événement',
  dossiers: 'Dossier',
  'press-releases': 'Communiqué de presse',
}

const staffOnly: FieldAccess = ({ req: { user } }) => isStaff(user)

/**
 * A subject the newsroom may cover, from proposal to the piece that delivers it. Its status moves
 * only along the subject workflow (src/lib/subjectFlow.ts), whichever API asks.
 */
export const Subjects: CollectionConfig = {
  slug: 'subjects',
  labels: { singular: { fr: 'Sujet', en: 'Subject' }, plural: { fr: 'Sujets', en: 'Subjects' } },
  defaultSort: '-updatedAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'priority', 'assignee', 'dueDate', 'source'],
    group: { fr: 'Planification', en: 'Planning' },
  },
  access: accessFromMatrix('subjects'),
  endpoints: [startPieceEndpoint],
  hooks: {
    beforeChange: [setCreatedBy, enforceSubjectFlow, checkAssigneeCanWrite],
    afterChange: [notifyAssignment],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    { name: 'angle', type: 'textarea', label: { fr: 'Angle', en: 'Angle' } },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'select',
          defaultValue: 'newsroom-idea',
          label: { fr: 'Origine', en: 'Source' },
          options: [
            { value: 'business-questions', label: { fr: 'Questions des entreprises', en: 'Business questions' } },
            { value: 'chamber-initiative', label: { fr: 'Initiative d’une chambre', en: 'Chamber initiative' } },
            { value: 'press-request', label: { fr: 'Sollicitation presse', en: 'Press request' } },
            { value: 'government-measure', label: { fr: 'Mesure gouvernementale', en: 'Government measure' } },
            { value: 'newsroom-idea', label: { fr: 'Idée de la rédaction', en: 'Newsroom idea' } },
          ] satisfies { value: (typeof SUBJECT_SOURCES)[number]; label: Record<string, string> }[],
        },
        {
          name: 'priority',
          type: 'select',
          defaultValue: 'normal',
          label: { fr: 'Priorité', en: 'Priority' },
          // The newsroom sets priorities; a correspondent's proposal takes the default.
          admin: { condition: shownToReadersOf('editorial-meetings') },
          options: [
            { value: 'urgent', label: { fr: 'Urgente', en: 'Urgent' } },
            { value: 'high', label: { fr: 'Haute', en: 'High' } },
            { value: 'normal', label: { fr: 'Normale', en: 'Normal' } },
            { value: 'low', label: { fr: 'Basse', en: 'Low' } },
          ],
        },
      ],
    },
    { name: 'sourceDetails', type: 'textarea', label: { fr: 'Précisions sur l’origine', en: 'Source details' } },
    {
      type: 'row',
      fields: [
        {
          name: 'targetType',
          type: 'select',
          label: { fr: 'Type de contenu', en: 'Target type' },
          admin: {
            description: {
              fr: 'La collection qui portera le sujet.',
              en: 'The content collection that will carry it.',
            },
          },
          options: CONTENT.map((value) => ({ value, label: CONTENT_LABELS[value] })),
        },
        {
          name: 'channels',
          type: 'select',
          hasMany: true,
          defaultValue: ['site'],
          label: { fr: 'Canaux prévus', en: 'Planned channels' },
          options: [
            { value: 'site', label: 'Site' },
            { value: 'x', label: 'X' },
            { value: 'facebook', label: 'Facebook' },
            { value: 'linkedin', label: 'LinkedIn' },
          ] satisfies { value: (typeof CHANNELS)[number]; label: string }[],
        },
      ],
    },
    {
      name: 'questions',
      type: 'relationship',
      relationTo: 'questions',
      hasMany: true,
      label: { fr: 'Questions liées', en: 'Linked questions' },
    },
    {
      // Not required: the workflow hook always sets it, and GraphQL clients need not send it.
      name: 'status',
      type: 'select',
      defaultValue: 'proposed',
      index: true,
      label: { fr: 'Statut', en: 'Status' },
      options: SUBJECT_STATUSES.map((value) => ({ value, label: SUBJECT_STATUS_LABELS[value] })),
      admin: {
        position: 'sidebar',
        components: { Field: '/components/planning/SubjectStatusControl#SubjectStatusControl' },
      },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { fr: 'Attribué à', en: 'Assignee' },
      admin: { position: 'sidebar', condition: shownToNewsroomOrWhenSet('assignee') },
    },
    {
      name: 'dueDate',
      type: 'date',
      index: true,
      label: { fr: 'Échéance', en: 'Due date' },
      admin: {
        position: 'sidebar',
        condition: shownToNewsroomOrWhenSet('dueDate'),
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      },
    },
    {
      name: 'meetings',
      type: 'relationship',
      relationTo: 'editorial-meetings',
      hasMany: true,
      index: true,
      label: { fr: 'Conférences de rédaction', en: 'Editorial meetings' },
      admin: { position: 'sidebar', condition: shownToReadersOf('editorial-meetings') },
    },
    {
      name: 'deliverable',
      type: 'relationship',
      relationTo: [...CONTENT],
      index: true,
      label: { fr: 'Contenu livré', en: 'Deliverable' },
      admin: {
        position: 'sidebar',
        condition: shownToReadersOf('editorial-meetings'),
        description: {
          fr: 'Le contenu qui traite le sujet ; sa publication livre le sujet.',
          en: 'The piece that delivers it; publishing it delivers the subject.',
        },
      },
    },
    topicsField(),
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { fr: 'Proposé par', en: 'Proposed by' },
      access: { read: staffOnly, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    // The due date the last reminder was sent for (see the daily reminder task).
    { name: 'dueReminderFor', type: 'date', hidden: true },
    {
      name: 'comments',
      type: 'join',
      collection: 'comments',
      on: 'target',
      label: { fr: 'Commentaires', en: 'Comments' },
      access: { read: readersOf('comments') },
      admin: { condition: shownToReadersOf('comments'), defaultColumns: ['body', 'author', 'resolved', 'createdAt'] },
    },
  ],
}
