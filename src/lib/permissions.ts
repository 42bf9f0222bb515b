import type { Role } from './roles'

/**
 * Who may do what, as data. Access functions, the admin's visible actions and the access tests are
 * all derived from this table; change a permission here and nowhere else.
 *
 * Scopes: `all` — any document; `own` — documents the user created or is an author of;
 * `ownDraft` — own documents while they are not published; `ownChamber` — only for the user's own
 * chamber (contributors); `published` — published, non-embargoed documents only; `social` — only
 * the social-copy and distribution fields.
 */
export type Scope = 'all' | 'own' | 'ownDraft' | 'ownChamber' | 'published' | 'social'

export const ACTIONS = [
  'read',
  'readDrafts',
  'create',
  'update',
  'delete',
  'publish',
  'schedule',
  'embargo',
  'restoreVersion',
] as const
export type Action = (typeof ACTIONS)[number]

export type Actor = Role | 'anonymous'
type Grants = Partial<Record<Action, Scope>>

export const CONTENT = [
  'articles',
  'success-stories',
  'initiatives',
  'faqs',
  'guides',
  'events',
  'dossiers',
  'press-releases',
] as const
/** The content a chamber's correspondent may propose. */
export const CONTRIBUTOR_CONTENT = ['success-stories', 'initiatives', 'events'] as const
export const DIRECTORY = ['chambers', 'topics', 'partners'] as const
/** The weekly planning: subjects, the editorial meetings that decide them, and staff comments. */
export const PLANNING = ['subjects', 'editorial-meetings', 'comments'] as const
/** Where published pieces are sent (the site, the social schedulers) and the record of each send. */
export const DISTRIBUTION = ['destinations', 'deliveries'] as const
/** The press list: journalists' personal data (contacts) and the lists releases are sent to. */
export const PRESS = ['media-contacts', 'press-lists'] as const
/** Journalists' requests to the network (interviews, figures), answered by staff. */
export const MEDIA_REQUESTS = 'media-requests'
/** What the press wrote or broadcast about the network. */
export const COVERAGE = 'coverage'

const EVERYTHING: Grants = Object.fromEntries(ACTIONS.map((action) => [action, 'all']))
const PUBLIC_READ: Grants = { read: 'published' }

const EDITOR_CONTENT: Grants = EVERYTHING
const JOURNALIST_CONTENT: Grants = { read: 'all', readDrafts: 'all', create: 'all', update: 'own' }
const COMMUNITY_CONTENT: Grants = { read: 'all', readDrafts: 'all', update: 'social' }
const CONTRIBUTOR_OWN: Grants = { read: 'published', readDrafts: 'own', create: 'ownChamber', update: 'ownDraft' }

/*
 * Planning is the newsroom's own business: nothing for anonymous. Anyone on staff proposes a
 * subject, contributors included (the chambers hear the businesses first), but a contributor sees
 * only the subjects they proposed or were given, not the newsroom's whole plan, its meetings or its
 * comments. Editors run the meetings. Comments are edited only by their authors; editors may delete
 * any (moderation). Deciding and assigning is in the subject workflow (src/lib/subjectFlow.ts).
 *
 * Questions from businesses arrive through the public intake (POST /api/questions, rate limited),
 * never through the standard create routes; staff read them and tag them with topics.
 */
const MANAGE: Grants = { read: 'all', create: 'all', update: 'all', delete: 'all' }
const SUBJECTS_PROPOSE: Grants = { read: 'all', create: 'all', update: 'own' }
const COMMENTS_OWN: Grants = { read: 'all', create: 'all', update: 'own', delete: 'own' }
const COMMENTS_MODERATE: Grants = { ...COMMENTS_OWN, delete: 'all' }
const QUESTIONS_TAG: Grants = { read: 'all', update: 'all' }

/*
 * Destinations hold credentials: only admins and the community manager configure them. Deliveries
 * are written by the platform alone; staff who work on pieces read them (an item's edit view shows
 * its sends). Retrying a delivery is its own rule (src/access/retriesDeliveries.ts).
 */
const DELIVERIES_READ: Grants = { read: 'all' }

/*
 * The chambers' crisis services (open businesses, mutual aid): listings arrive through their public
 * forms only; everyone reads the live ones; editors moderate everywhere (and read the rest: pending,
 * rejected, expired), a chamber's contributors their chamber's listings. The
 * rules are src/access/listingReaders.ts, chamberModerators.ts and ownerContactReaders.ts (the owner's
 * contact: admins and that chamber's staff only); this table records them for the cache and the docs.
 */
export const CRISIS_SERVICES = ['businesses', 'aid-posts'] as const
const crisis = (grants: Grants) => Object.fromEntries(CRISIS_SERVICES.map((c) => [c, grants]))

/*
 * Press contacts are personal data (name, e-mail, phone of journalists outside the network): only
 * those who run press relations read them, editors and admins, not the whole staff. No separate
 * press-officer role: the communications team works with editor accounts.
 */
const press = (grants: Grants) => Object.fromEntries(PRESS.map((c) => [c, grants]))
/*
 * Media requests arrive through the public form (POST /api/media-requests, rate limited) or are
 * entered by editors; the person assigned answers. Staff who work on pieces read them all.
 */
const MEDIA_REQUESTS_ANSWER: Grants = { read: 'all', update: 'own' }

type Table = Record<Actor, Record<string, Grants>>

const content = (grants: (collection: string) => Grants) => Object.fromEntries(CONTENT.map((c) => [c, grants(c)]))
const directory = (grants: Grants) => Object.fromEntries(DIRECTORY.map((c) => [c, grants]))

export const PERMISSIONS: Table = {
  admin: {
    ...content(() => EVERYTHING),
    ...directory(EVERYTHING),
    media: EVERYTHING,
    users: EVERYTHING,
    'audit-log': { read: 'all' },
    subjects: MANAGE,
    'editorial-meetings': MANAGE,
    comments: COMMENTS_MODERATE,
    questions: { ...QUESTIONS_TAG, delete: 'all' },
    destinations: MANAGE,
    deliveries: DELIVERIES_READ,
    ...crisis({ read: 'all', readDrafts: 'all', update: 'all', delete: 'all' }),
    ...press(MANAGE),
    [MEDIA_REQUESTS]: MANAGE,
    [COVERAGE]: MANAGE,
  },
  editor: {
    ...content(() => EDITOR_CONTENT),
    ...directory({ read: 'all', create: 'all', update: 'all', delete: 'all' }),
    media: { read: 'all', create: 'all', update: 'all', delete: 'all' },
    users: { read: 'all', update: 'own' },
    'audit-log': { read: 'all' },
    subjects: MANAGE,
    'editorial-meetings': MANAGE,
    comments: COMMENTS_MODERATE,
    questions: { ...QUESTIONS_TAG, delete: 'all' },
    deliveries: DELIVERIES_READ,
    ...crisis({ read: 'all', readDrafts: 'all', update: 'all' }),
    ...press(MANAGE),
    [MEDIA_REQUESTS]: MANAGE,
    [COVERAGE]: MANAGE,
  },
  journalist: {
    ...content(() => JOURNALIST_CONTENT),
    ...directory({ read: 'all' }),
    media: { read: 'all', create: 'all', update: 'own' },
    users: { read: 'all', update: 'own' },
    subjects: SUBJECTS_PROPOSE,
    'editorial-meetings': { read: 'all' },
    comments: COMMENTS_OWN,
    questions: QUESTIONS_TAG,
    deliveries: DELIVERIES_READ,
    ...crisis(PUBLIC_READ),
    [MEDIA_REQUESTS]: MEDIA_REQUESTS_ANSWER,
    [COVERAGE]: { read: 'all' },
  },
  'community-manager': {
    ...content(() => COMMUNITY_CONTENT),
    ...directory({ read: 'all' }),
    media: { read: 'all', create: 'all', update: 'own' },
    users: { read: 'all', update: 'own' },
    subjects: SUBJECTS_PROPOSE,
    'editorial-meetings': { read: 'all' },
    comments: COMMENTS_OWN,
    questions: QUESTIONS_TAG,
    destinations: MANAGE,
    deliveries: DELIVERIES_READ,
    ...crisis(PUBLIC_READ),
    [MEDIA_REQUESTS]: MEDIA_REQUESTS_ANSWER,
    [COVERAGE]: { read: 'all' },
  },
  contributor: {
    ...content((c) => ((CONTRIBUTOR_CONTENT as readonly string[]).includes(c) ? CONTRIBUTOR_OWN : PUBLIC_READ)),
    ...directory({ read: 'all' }),
    media: { read: 'all', create: 'all', update: 'own' },
    users: { read: 'own', update: 'own' },
    subjects: { read: 'own', create: 'all', update: 'own' },
    questions: { read: 'all' },
    ...crisis({ read: 'ownChamber', readDrafts: 'ownChamber', update: 'ownChamber' }),
  },
  anonymous: {
    ...content(() => PUBLIC_READ),
    ...directory({ read: 'all' }),
    media: { read: 'all' },
    ...crisis(PUBLIC_READ),
  },
}

/** The broadest scope any of the user's roles grants for an action, or undefined when none does. */
export function scopeFor(
  roles: readonly string[] | null | undefined,
  collection: string,
  action: Action,
): Scope | undefined {
  const actors: Actor[] = roles?.length ? (roles as Role[]) : ['anonymous']
  const scopes = actors.map((actor) => PERMISSIONS[actor]?.[collection]?.[action]).filter((s): s is Scope => Boolean(s))
  return SCOPE_ORDER.find((scope) => scopes.includes(scope))
}

// Broadest first: a user with two roles gets the more generous of the two.
const SCOPE_ORDER: Scope[] = ['all', 'ownChamber', 'own', 'ownDraft', 'social', 'published']

export function may(roles: readonly string[] | null | undefined, collection: string, action: Action): boolean {
  return scopeFor(roles, collection, action) !== undefined
}

/**
 * The fields of a piece that are not its editorial content: the social copy and distribution
 * settings of every publishable collection (src/fields/social.ts). They are all a `social` scope may
 * change, and changing them alone does not reopen an approved piece's review.
 */
export const NON_EDITORIAL_FIELDS = ['social'] as const

/** The field that makes a user an author of a document, besides having created it (a subject's assignee writes it). */
export const AUTHOR_FIELD: Record<string, string> = {
  articles: 'authors',
  subjects: 'assignee',
  'media-requests': 'assignee',
}

/** The field naming who created a document, where it is not `createdBy`. */
export const OWNER_FIELD: Record<string, string> = { comments: 'author' }

export const ownerFieldOf = (collection: string) => OWNER_FIELD[collection] ?? 'createdBy'

/** The field that ties a contributor's document to their chamber. */
export const CHAMBER_FIELD: Record<string, string> = {
  'success-stories': 'chamber',
  initiatives: 'leadChamber',
  events: 'organiser',
}
