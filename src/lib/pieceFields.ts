import { idOf } from './ids'

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

/** Whether a relationship value names a document: an id, or a populated document with one. */
export const namesDocument = (value: unknown): boolean => idOf(value) !== null

/**
 * The picture that stands for a piece: its hero, its logo, or its SEO image, the first one set. A form
 * sends an emptied field as `null` or `''`: neither hides the next picture.
 */
export function imageOfPiece(doc: Doc): unknown {
  const meta = (doc.meta ?? {}) as Doc
  return [doc.heroImage, doc.logo, meta.image].find(namesDocument) ?? null
}
