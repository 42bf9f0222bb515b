/**
 * What each actor may do, written out by hand so that the access tests do not take their answers from
 * src/lib/permissions.ts: a wrong grant there must fail a test instead of moving the expectation with it.
 * Transcribed from the README ("Content and workflow", "Weekly planning", "Distribution", "The chambers'
 * crisis services") and the printed
 * matrix (`npm run permissions`) as reviewed against that text. Change it only when the product changes.
 *
 * Probes, each run against a document the probe chooses:
 * - read: a published piece (or directory entry, subject, meeting, comment, account) made by the editor
 * - drafts: an unpublished piece made by the editor
 * - create: a new document (for the contributor's pieces: tied to their own chamber)
 * - mine: rename a document the actor made (their own account, for users; for media requests, one assigned to
 *   them, since the person assigned answers it)
 * - others: rename someone else's document (the editor's; the journalist's when the actor is the editor)
 * - delete: delete someone else's document
 * - publish: create a piece already approved and published
 *
 * For the crisis services' listings (README: "The chambers' crisis services", who may do what), the
 * documents are listings of the contributor's own chamber: read, a live (published, unexpired) one;
 * drafts, others and delete, a pending one. No one on staff creates a listing (only the public forms do),
 * and publishing one is the moderators' status change, tested with the lifecycle (tests/crisisServices).
 *
 * `Y` allowed, `N` refused, `-` the probe does not apply (no drafts or publishing outside the pieces and
 * listings; "mine" only where the actor can make a document to begin with).
 */
export const ACTORS = ['admin', 'editor', 'journalist', 'community-manager', 'contributor', 'anonymous'] as const
export type ExpectedActor = (typeof ACTORS)[number]
export const PROBES = ['read', 'drafts', 'create', 'mine', 'others', 'delete', 'publish'] as const
export type Probe = (typeof PROBES)[number]

/** Groups of collections that share every row below. */
export const GROUPS: Record<string, string[]> = {
  pieces: ['articles', 'faqs', 'guides', 'dossiers', 'press-releases'],
  // The three kinds of piece a chamber's correspondent proposes (README: contributor, a local chamber's correspondent).
  'chamber pieces': ['success-stories', 'initiatives', 'events'],
  directory: ['chambers', 'topics', 'partners'],
  subjects: ['subjects'],
  'editorial-meetings': ['editorial-meetings'],
  comments: ['comments'],
  users: ['users'],
  // Personal data of journalists outside the network, and the lists they are on (README: Press room).
  press: ['media-contacts', 'press-lists'],
  // Journalists' requests (README: Press room): staff who work on pieces read them, the person assigned answers.
  // The public form (POST /api/media-requests) is not the create probe: it stores a request without giving
  // the sender a document (see matrix.test.ts), and is tested in tests/pressRoom/mediaRequests.test.ts.
  'media-requests': ['media-requests'],
  // What the press wrote about the network: editors manage it, journalists and the community manager read it.
  coverage: ['coverage'],
  // Open businesses and mutual-aid posts, moderated by the chamber of their department.
  'crisis listings': ['businesses', 'aid-posts'],
}

// prettier-ignore
const TABLE = `
group               actor              read drafts create mine others delete publish
pieces              admin              Y    Y      Y      Y    Y      Y      Y
pieces              editor             Y    Y      Y      Y    Y      Y      Y
pieces              journalist         Y    Y      Y      Y    N      N      N
pieces              community-manager  Y    Y      N      -    N      N      N
pieces              contributor        Y    N      N      -    N      N      N
pieces              anonymous          Y    N      N      -    N      N      N
chamber pieces      admin              Y    Y      Y      Y    Y      Y      Y
chamber pieces      editor             Y    Y      Y      Y    Y      Y      Y
chamber pieces      journalist         Y    Y      Y      Y    N      N      N
chamber pieces      community-manager  Y    Y      N      -    N      N      N
chamber pieces      contributor        Y    N      Y      Y    N      N      N
chamber pieces      anonymous          Y    N      N      -    N      N      N
directory           admin              Y    -      Y      Y    Y      Y      -
directory           editor             Y    -      Y      Y    Y      Y      -
directory           journalist         Y    -      N      -    N      N      -
directory           community-manager  Y    -      N      -    N      N      -
directory           contributor        Y    -      N      -    N      N      -
directory           anonymous          Y    -      N      -    N      N      -
subjects            admin              Y    -      Y      Y    Y      Y      -
subjects            editor             Y    -      Y      Y    Y      Y      -
subjects            journalist         Y    -      Y      Y    N      N      -
subjects            community-manager  Y    -      Y      Y    N      N      -
subjects            contributor        N    -      Y      Y    N      N      -
subjects            anonymous          N    -      N      -    N      N      -
editorial-meetings  admin              Y    -      Y      Y    Y      Y      -
editorial-meetings  editor             Y    -      Y      Y    Y      Y      -
editorial-meetings  journalist         Y    -      N      -    N      N      -
editorial-meetings  community-manager  Y    -      N      -    N      N      -
editorial-meetings  contributor        N    -      N      -    N      N      -
editorial-meetings  anonymous          N    -      N      -    N      N      -
comments            admin              Y    -      Y      Y    N      Y      -
comments            editor             Y    -      Y      Y    N      Y      -
comments            journalist         Y    -      Y      Y    N      N      -
comments            community-manager  Y    -      Y      Y    N      N      -
comments            contributor        N    -      N      -    N      N      -
comments            anonymous          N    -      N      -    N      N      -
users               admin              Y    -      Y      Y    Y      Y      -
users               editor             Y    -      N      Y    N      N      -
users               journalist         Y    -      N      Y    N      N      -
users               community-manager  Y    -      N      Y    N      N      -
users               contributor        N    -      N      Y    N      N      -
users               anonymous          N    -      N      -    N      N      -
press               admin              Y    -      Y      Y    Y      Y      -
press               editor             Y    -      Y      Y    Y      Y      -
press               journalist         N    -      N      -    N      N      -
press               community-manager  N    -      N      -    N      N      -
press               contributor        N    -      N      -    N      N      -
press               anonymous          N    -      N      -    N      N      -
media-requests      admin              Y    -      Y      Y    Y      Y      -
media-requests      editor             Y    -      Y      Y    Y      Y      -
media-requests      journalist         Y    -      N      Y    N      N      -
media-requests      community-manager  Y    -      N      Y    N      N      -
media-requests      contributor        N    -      N      N    N      N      -
media-requests      anonymous          N    -      N      -    N      N      -
coverage            admin              Y    -      Y      Y    Y      Y      -
coverage            editor             Y    -      Y      Y    Y      Y      -
coverage            journalist         Y    -      N      -    N      N      -
coverage            community-manager  Y    -      N      -    N      N      -
coverage            contributor        N    -      N      -    N      N      -
coverage            anonymous          N    -      N      -    N      N      -
crisis listings     admin              Y    Y      N      -    Y      Y      -
crisis listings     editor             Y    Y      N      -    Y      N      -
crisis listings     journalist         Y    N      N      -    N      N      -
crisis listings     community-manager  Y    N      N      -    N      N      -
crisis listings     contributor        Y    Y      N      -    Y      N      -
crisis listings     anonymous          Y    N      N      -    N      N      -
`

export type Cell = { actor: ExpectedActor; collection: string; probe: Probe; allowed: boolean }

/** Every applicable actor × collection × probe with its expected answer. */
export function expectedCells(): Cell[] {
  const lines = TABLE.trim().split('\n').slice(1)
  return lines.flatMap((line) => {
    const [, group, actor, marks] = /^(.+?)\s{2,}(\S+)\s+(.+)$/.exec(line)!
    const answers = marks.trim().split(/\s+/)
    if (!GROUPS[group] || !(ACTORS as readonly string[]).includes(actor) || answers.length !== PROBES.length) {
      throw new Error(`malformed row of the expected permissions: ${line}`)
    }
    return GROUPS[group].flatMap((collection) =>
      PROBES.flatMap((probe, i) =>
        answers[i] === '-' ? [] : [{ actor: actor as ExpectedActor, collection, probe, allowed: answers[i] === 'Y' }],
      ),
    )
  })
}
