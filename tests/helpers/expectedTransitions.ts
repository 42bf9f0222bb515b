/**
 * The review workflow and the life of a subject, written out by hand so that the workflow tests do not
 * take their answers from src/lib/workflow.ts or src/lib/subjectFlow.ts: a move granted by mistake there
 * must fail a test. Transcribed from the README ("Content and workflow", "Weekly planning"): pieces go
 * draft → in-review → approved (or changes-requested), approved by editors; subjects go proposed →
 * accepted | rejected | postponed → assigned → in-progress → delivered, editors deciding and assigning,
 * the assignee starting the piece. The moves the README leaves implicit (taking a piece back from review,
 * an editor approving their own short news, reopening an approval, a rejected idea coming back, delivering
 * outside the platform) are the ones the product has today, each read and kept on purpose.
 *
 * Each row: a move, then for each role `any` (on every document), `own` (documents they made or author),
 * `assignee` (subjects assigned to them) or `-` (never). A move not listed is not a step at all (400);
 * a listed move by someone it does not name is refused for them (403).
 */
export const ROLES = ['admin', 'editor', 'journalist', 'community-manager', 'contributor'] as const
export type Role = (typeof ROLES)[number]
export const REVIEW_STATUSES = ['draft', 'in-review', 'changes-requested', 'approved'] as const
export const SUBJECT_STATUSES = [
  'proposed',
  'accepted',
  'rejected',
  'postponed',
  'assigned',
  'in-progress',
  'delivered',
] as const

// prettier-ignore
const REVIEW = `
move                            admin  editor  journalist  community-manager  contributor
draft → in-review               any    any     own         -                  own
changes-requested → in-review   any    any     own         -                  own
in-review → draft               any    any     own         -                  own
in-review → approved            any    any     -           -                  -
in-review → changes-requested   any    any     -           -                  -
draft → approved                any    any     -           -                  -
approved → in-review            any    any     -           -                  -
approved → changes-requested    any    any     -           -                  -
`

// prettier-ignore
const SUBJECT = `
move                            admin  editor  journalist  community-manager  contributor
proposed → accepted             any    any     -           -                  -
proposed → rejected             any    any     -           -                  -
proposed → postponed            any    any     -           -                  -
postponed → accepted            any    any     -           -                  -
postponed → rejected            any    any     -           -                  -
rejected → proposed             any    any     -           -                  -
accepted → assigned             any    any     -           -                  -
accepted → postponed            any    any     -           -                  -
accepted → rejected             any    any     -           -                  -
assigned → postponed            any    any     -           -                  -
assigned → in-progress          any    any     assignee    assignee           assignee
assigned → delivered            any    any     -           -                  -
in-progress → delivered         any    any     -           -                  -
`

type Grant = 'any' | 'own' | 'assignee' | '-'
type Table = Map<string, Record<Role, Grant>>

function parse(text: string): Table {
  const table: Table = new Map()
  for (const line of text.trim().split('\n').slice(1)) {
    const [from, arrow, to, ...grants] = line.trim().split(/\s+/)
    if (arrow !== '→' || grants.length !== ROLES.length) throw new Error(`malformed row of the expected moves: ${line}`)
    table.set(`${from} → ${to}`, Object.fromEntries(ROLES.map((role, i) => [role, grants[i] as Grant])) as never)
  }
  return table
}

const TABLES = { review: parse(REVIEW), subject: parse(SUBJECT) }

/** `ok`, or the status a refusal must carry: 403 for a step that is not this user's, 400 for no step. */
export type ExpectedVerdict = 'ok' | 403 | 400

/** What the README says of `role` asking for from → to; `mine`: the document is theirs (or assigned to them). */
export function expectedMove(
  flow: keyof typeof TABLES,
  from: string,
  to: string,
  role: Role,
  mine: boolean,
): ExpectedVerdict {
  const grants = TABLES[flow].get(`${from} → ${to}`)
  if (!grants) return 400
  const grant = grants[role]
  return grant === 'any' || ((grant === 'own' || grant === 'assignee') && mine) ? 'ok' : 403
}

/** Every ordered pair of distinct statuses of a flow. */
export function pairs<S extends string>(statuses: readonly S[]): { from: S; to: S }[] {
  return statuses.flatMap((from) => statuses.filter((to) => to !== from).map((to) => ({ from, to })))
}
