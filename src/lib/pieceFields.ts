/** The field that names a piece and the one that sums it up, per collection (the rest use `title`). */
export const TITLE_FIELD: Record<string, string> = { 'success-stories': 'companyName', faqs: 'question' }
export const SUMMARY_FIELD: Record<string, string> = {
  articles: 'standfirst',
  'success-stories': 'summary',
  initiatives: 'summary',
  events: 'description',
  dossiers: 'description',
  'press-releases': 'summary',
}

type Doc = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null)

export const titleOfPiece = (collection: string, doc: Doc): string | null =>
  text(doc[TITLE_FIELD[collection] ?? 'title'])
export const summaryOfPiece = (collection: string, doc: Doc): string | null => text(doc[SUMMARY_FIELD[collection]])

/** The picture that stands for a piece: its hero, its logo, or its SEO image. */
export function imageOfPiece(doc: Doc): unknown {
  const meta = (doc.meta ?? {}) as Doc
  return doc.heroImage ?? doc.logo ?? meta.image ?? null
}
