/**
 * The bad-input corpus: what a careless or hostile client sends. Each entry changes one thing about
 * a request to a write route: its body, its query string or the id in its path.
 */
export type BadInput = {
  name: string
  /** Raw body; `undefined` leaves the route's own. */
  body?: string
  /** Appended to the query string. */
  query?: string
  /** Replaces the document id in the path. */
  id?: string
}

const json = (value: unknown) => JSON.stringify(value)
const nested = (depth: number): unknown => (depth === 0 ? { title: { equals: 'x' } } : { and: [nested(depth - 1)] })

export const MEGABYTE = 'é'.repeat(512 * 1024)

export const BODY_CASES: BadInput[] = [
  { name: 'malformed JSON', body: '{"title": "unfinished' },
  { name: 'JSON that is not an object', body: json(['title', 42]) },
  { name: 'a bare string', body: json('title') },
  { name: 'null', body: 'null' },
  {
    name: 'wrong types',
    body: json({
      title: { nested: true },
      slug: 42,
      publishedAt: 'not a date',
      topics: 'one',
      _status: 7,
      latitude: 'north',
      roles: 'admin',
      name: ['a'],
      email: 12,
    }),
  },
  { name: 'missing required fields', body: json({}) },
  {
    name: 'a 1 MB string',
    body: json({
      title: MEGABYTE,
      name: MEGABYTE,
      question: MEGABYTE,
      alt: MEGABYTE,
      companyName: MEGABYTE,
      text: MEGABYTE,
    }),
  },
  {
    name: 'right-to-left, combining marks and emoji',
    body: json({ title: 'مرحبا بالعالم e\u0301\u0301 👩‍👩‍👧‍👦🇫🇷', name: 'שלום ́', question: '‮txt.exe', alt: '🧪' }),
  },
  {
    name: 'null bytes',
    body: json({
      title: 'a\u0000b',
      name: 'nul\u0000',
      question: '\u0000',
      alt: 'x\u0000',
      email: 'a\u0000@b.fr',
      slug: 'a\u0000b',
    }),
  },
  {
    name: 'a prototype key',
    body: '{"__proto__": {"roles": ["admin"]}, "constructor": {"prototype": {"admin": true}}}',
  },
]

export const QUERY_CASES: BadInput[] = [
  { name: 'a where nested 200 levels deep', query: `where=${encodeURIComponent(json(nested(200)))}` },
  { name: 'an unknown operator', query: 'where[title][matches_regex]=.*' },
  { name: 'a where on an unknown field', query: 'where[nonexistent][equals]=1' },
  { name: 'huge page and limit', query: 'limit=1000000000000&page=99999999999999' },
  { name: 'negative page and limit', query: 'limit=-5&page=-1' },
  { name: 'depth out of range', query: 'depth=1000000' },
]

export const ID_CASES: BadInput[] = [
  { name: 'a negative id', id: '-1' },
  { name: 'an id that does not exist', id: '987654321' },
  { name: 'an id that is not one', id: 'not-an-id' },
  { name: 'an id with SQL in it', id: encodeURIComponent("1' OR '1'='1") },
  { name: 'an enormous id', id: '9'.repeat(40) },
]
