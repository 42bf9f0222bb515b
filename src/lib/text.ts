/** Lower-case, accents and ligatures folded: "Économie" and "economie" become the same text. */
export function foldText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
}

export const MAX_SLUG_LENGTH = 96

/** "Économie durable : les aides" → "economie-durable-les-aides". */
export function slugify(input: string): string {
  return foldText(input)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
}

/** Text as the search index stores and queries it: folded, punctuation as spaces, single-spaced. */
export function searchableText(...parts: (string | null | undefined)[]): string {
  return foldText(parts.filter(Boolean).join(' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
