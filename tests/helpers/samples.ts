import { addWeeks, mondayOf } from '../../src/lib/isoWeek'

const future = new Date(Date.now() + 86_400_000).toISOString()
const later = new Date(Date.now() + 90_000_000).toISOString()

/** What sample comments are about: a subject the test creates first. */
export const COMMENT_TARGET = { relationTo: 'subjects', value: 0 }

let meetings = 0
/** A week of its own for each sample meeting, far from any real one, and its Monday morning. */
function sampleMeetingTime(): { week: string; date: string } {
  meetings += 1
  const week = addWeeks('2100-W01', meetings)
  return { week, date: `${mondayOf(week)}T09:00:00.000Z` }
}

/** One minimal valid document per collection, named after a word so it can be searched and told apart. */
export const SAMPLES: Record<string, (word: string) => Record<string, unknown>> = {
  articles: (w) => ({ title: `Article ${w}`, format: 'news' }),
  'success-stories': (w) => ({ companyName: `Entreprise ${w}` }),
  initiatives: (w) => ({ title: `Initiative ${w}`, kind: 'hotline' }),
  faqs: (w) => ({ question: `Question ${w} ?` }),
  guides: (w) => ({ title: `Fiche ${w}`, reviewDueAt: future }),
  events: (w) => ({ title: `Webinaire ${w}`, kind: 'webinar', startsAt: future, endsAt: later }),
  dossiers: (w) => ({ title: `Dossier ${w}`, phase: 'recovery' }),
  chambers: (w) => ({ name: `CCI ${w}`, kind: 'territorial' }),
  topics: (w) => ({ title: `Thème ${w}` }),
  partners: (w) => ({ name: `Partenaire ${w}`, kind: 'sponsor' }),
  users: (w) => ({
    name: `Compte ${w}`,
    email: `${w.toLowerCase()}@newsroom.test`,
    password: 'a-long-password-1',
    roles: ['journalist'],
  }),
  subjects: (w) => ({ title: `Sujet ${w}` }),
  'editorial-meetings': (w) => ({ ...sampleMeetingTime(), notes: `Conférence ${w}` }),
  comments: (w) => ({ body: `Commentaire ${w}`, target: { ...COMMENT_TARGET } }),
  'press-releases': (w) => ({ title: `Communiqué ${w}` }),
  'media-contacts': (w) => ({
    name: `Journaliste ${w}`,
    email: `${w.toLowerCase()}@redaction.test`,
    legalBasis: 'consent',
    consentAt: '2026-01-01T00:00:00.000Z',
  }),
  'press-lists': (w) => ({ name: `Liste ${w}` }),
  'media-requests': (w) => ({
    subject: `Demande ${w}`,
    outlet: 'Les Échos',
    journalistName: `Journaliste ${w}`,
    contactEmail: `${w.toLowerCase()}@redaction.test`,
  }),
  coverage: (w) => ({
    title: `Retombée ${w}`,
    outlet: 'Les Échos',
    medium: 'print',
    date: '2026-03-02T08:00:00.000Z',
    tone: 'neutral',
  }),
  // Listings as the public forms store them (the chamber, status and dates are set by the test).
  businesses: (w) => ({
    name: `Commerce ${w}`,
    category: 'alimentation',
    address: '1 place de la Mairie',
    postalCode: '29200',
    city: 'Brest',
    latitude: 48.39,
    longitude: -4.49,
    ownerEmail: `${w.toLowerCase()}@commerce.test`,
    status: 'pending',
    submittedAt: '2026-01-01T00:00:00.000Z',
  }),
  'aid-posts': (w) => ({
    kind: 'offer',
    category: 'epi',
    title: `Annonce ${w}`,
    description: 'Des masques à céder.',
    company: `Entreprise ${w}`,
    postalCode: '29200',
    city: 'Brest',
    latitude: 48.39,
    longitude: -4.49,
    ownerEmail: `${w.toLowerCase()}@entreprise.test`,
    status: 'pending',
    state: 'open',
    submittedAt: '2026-01-01T00:00:00.000Z',
  }),
}

/** The field each collection is named by. */
export const TITLE_FIELD: Record<string, string> = {
  'success-stories': 'companyName',
  faqs: 'question',
  chambers: 'name',
  partners: 'name',
  users: 'name',
  'editorial-meetings': 'notes',
  comments: 'body',
  'media-contacts': 'name',
  'press-lists': 'name',
  'media-requests': 'subject',
  businesses: 'name',
}

export const titleField = (collection: string) => TITLE_FIELD[collection] ?? 'title'

/** GraphQL names, as Payload derives them from the slugs. */
export const GRAPHQL: Record<string, { one: string; many: string }> = {
  articles: { one: 'Article', many: 'Articles' },
  'success-stories': { one: 'SuccessStory', many: 'SuccessStories' },
  initiatives: { one: 'Initiative', many: 'Initiatives' },
  faqs: { one: 'Faq', many: 'Faqs' },
  guides: { one: 'Guide', many: 'Guides' },
  events: { one: 'Event', many: 'Events' },
  dossiers: { one: 'Dossier', many: 'Dossiers' },
  chambers: { one: 'Chamber', many: 'Chambers' },
  topics: { one: 'Topic', many: 'Topics' },
  partners: { one: 'Partner', many: 'Partners' },
  users: { one: 'User', many: 'Users' },
  'audit-log': { one: 'AuditLog', many: 'AuditLogs' },
  subjects: { one: 'Subject', many: 'Subjects' },
  'editorial-meetings': { one: 'EditorialMeeting', many: 'EditorialMeetings' },
  comments: { one: 'Comment', many: 'Comments' },
  'press-releases': { one: 'PressRelease', many: 'PressReleases' },
  'media-contacts': { one: 'MediaContact', many: 'MediaContacts' },
  'press-lists': { one: 'PressList', many: 'PressLists' },
  'media-requests': { one: 'MediaRequest', many: 'MediaRequests' },
  coverage: { one: 'Coverage', many: 'Coverages' },
  businesses: { one: 'Business', many: 'Businesses' },
  'aid-posts': { one: 'AidPost', many: 'AidPosts' },
}
