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

export const ACTIONS = ['read', 'readDrafts', 'create', 'update', 'delete', 'publish', 'schedule', 'embargo', 'restoreVersion'] as const
export type Action = (typeof ACTIONS)[number]

export type Actor = Role | 'anonymous'
type Grants = Partial<Record<Action, Scope>>

export const CONTENT = ['articles', 'success-stories', 'initiatives', 'faqs', 'guides', 'events', 'dossiers'] as const
/** The content a chamber's correspondent may propose. */
export const CONTRIBUTOR_CONTENT = ['success-stories', 'initiatives', 'events'] as const
export const DIRECTORY = ['chambers', 'topics', 'partners'] as const

const EVERYTHING: Grants = Object.fromEntries(ACTIONS.map((action) => [action, 'all']))
const PUBLIC_READ: Grants = { read: 'published' }

const EDITOR_CONTENT: Grants = EVERYTHING
const JOURNALIST_CONTENT: Grants = { read: 'all', readDrafts: 'all', create: 'all', update: 'own' }
const COMMUNITY_CONTENT: Grants = { read: 'all', readDrafts: 'all', update: 'social' }
const CONTRIBUTOR_OWN: Grants = { read: 'published', readDrafts: 'own', create: 'ownChamber', update: 'ownDraft' }

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
  },
  editor: {
    ...content(() => EDITOR_CONTENT),
    ...directory({ read: 'all', create: 'all', update: 'all', delete: 'all' }),
    media: { read: 'all', create: 'all', update: 'all', delete: 'all' },
    users: { read: 'all', update: 'own' },
    'audit-log': { read: 'all' },
  },
  journalist: {
    ...content(() => JOURNALIST_CONTENT),
    ...directory({ read: 'all' }),
    media: { read: 'all', create: 'all', update: 'own' },
    users: { read: 'all', update: 'own' },
  },
  'community-manager': {
    ...content(() => COMMUNITY_CONTENT),
    ...directory({ read: 'all' }),
    media: { read: 'all', create: 'all', update: 'own' },
    users: { read: 'all', update: 'own' },
  },
  contributor: {
    ...content((c) => ((CONTRIBUTOR_CONTENT as readonly string[]).includes(c) ? CONTRIBUTOR_OWN : PUBLIC_READ)),
    ...directory({ read: 'all' }),
    media: { read: 'all', create: 'all', update: 'own' },
    users: { read: 'own', update: 'own' },
  },
  anonymous: {
    ...content(() => PUBLIC_READ),
    ...directory({ read: 'all' }),
    media: { read: 'all' },
  },
}

/** The broadest scope any of the user's roles grants for an action, or undefined when none does. */
export function scopeFor(roles: readonly string[] | null | undefined, collection: string, action: Action): Scope | undefined {
  const actors: Actor[] = roles?.length ? (roles as Role[]) : ['anonymous']
  const scopes = actors.map((actor) => PERMISSIONS[actor]?.[collection]?.[action]).filter((s): s is Scope => Boolean(s))
  return SCOPE_ORDER.find((scope) => scopes.includes(scope))
}

// Broadest first: a user with two roles gets the more generous of the two.
const SCOPE_ORDER: Scope[] = ['all', 'ownChamber', 'own', 'ownDraft', 'social', 'published']

export function may(roles: readonly string[] | null | undefined, collection: string, action: Action): boolean {
  return scopeFor(roles, collection, action) !== undefined
}

/** Fields a `social` scope may change (the distribution issue adds them to every publishable collection). */
export const SOCIAL_FIELDS = ['social', 'distribution'] as const

/** The field that makes a user an author of a document, besides having created it. */
export const AUTHOR_FIELD: Record<string, string> = { articles: 'authors' }

/** The field that ties a contributor's document to their chamber. */
export const CHAMBER_FIELD: Record<string, string> = { 'success-stories': 'chamber', initiatives: 'leadChamber', events: 'organiser' }
