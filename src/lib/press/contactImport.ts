import { basisProblem, isEmail, MEDIA, normaliseEmail, type LegalBasis, type Medium } from './contacts'
import { parseCsv } from './csv'

/**
 * The preview of a CSV import of press contacts: each line checked on its own (address, legal
 * basis) and against the others and the contacts already on file (duplicates). Nothing here
 * writes: the preview is shown, and only an accepted preview is imported.
 */
export type ImportedContact = {
  name: string
  email: string
  outlet: string | null
  medium: Medium | null
  beat: string | null
  phone: string | null
  legalBasis: LegalBasis
  consentAt: string | null
  legitimateInterestNote: string | null
  source: string | null
}

export type LineProblem =
  'name' | 'email' | 'duplicate' | 'legalBasis' | 'consentAt' | 'legitimateInterestNote' | 'medium'
export type PreviewLine = { line: number; email: string; problems: LineProblem[]; contact: ImportedContact | null }
export type ImportPreview = { lines: PreviewLine[]; valid: number; invalid: number }

const HEADERS: Record<string, keyof ImportedContact> = {
  name: 'name',
  nom: 'name',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  outlet: 'outlet',
  media: 'outlet',
  média: 'outlet',
  medium: 'medium',
  type: 'medium',
  beat: 'beat',
  rubrique: 'beat',
  phone: 'phone',
  telephone: 'phone',
  téléphone: 'phone',
  legal_basis: 'legalBasis',
  legalbasis: 'legalBasis',
  base_legale: 'legalBasis',
  'base légale': 'legalBasis',
  consent_date: 'consentAt',
  consentat: 'consentAt',
  date_consentement: 'consentAt',
  legitimate_interest_note: 'legitimateInterestNote',
  legitimateinterestnote: 'legitimateInterestNote',
  interet_legitime: 'legitimateInterestNote',
  source: 'source',
  origine: 'source',
}

const BASES: Record<string, LegalBasis> = {
  consent: 'consent',
  consentement: 'consent',
  'legitimate-interest': 'legitimate-interest',
  'legitimate interest': 'legitimate-interest',
  'intérêt légitime': 'legitimate-interest',
  'interet legitime': 'legitimate-interest',
}

const MEDIUM_WORDS: Record<string, Medium> = {
  'presse écrite': 'print',
  presse: 'print',
  radio: 'radio',
  tv: 'tv',
  télévision: 'tv',
  television: 'tv',
  web: 'web',
  agence: 'agency',
  ...Object.fromEntries(MEDIA.map((m) => [m, m])),
}

export class CsvHeaderError extends Error {}

/** 2026-01-15 or 15/01/2026, as an ISO date; null when it is neither. */
function parseDate(value: string): string | null {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
  const iso = french ? `${french[3]}-${french[2].padStart(2, '0')}-${french[1].padStart(2, '0')}` : value
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return null
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export function previewImport(csv: string, existingEmails: ReadonlySet<string>): ImportPreview {
  const [header, ...rows] = parseCsv(csv).filter((row) => row.some((cell) => cell.trim()))
  if (!header) throw new CsvHeaderError('empty')
  const columns = header.map((name) => HEADERS[name.trim().toLowerCase()] ?? null)
  if (!columns.includes('email') || !columns.includes('name')) throw new CsvHeaderError('name, email')
  const seen = new Set<string>()
  const lines = rows.map((cells, index): PreviewLine => {
    const raw: Partial<Record<keyof ImportedContact, string>> = {}
    columns.forEach((column, i) => {
      if (column) raw[column] = (cells[i] ?? '').trim()
    })
    const problems: LineProblem[] = []
    const email = normaliseEmail(raw.email ?? '')
    if (!raw.name) problems.push('name')
    if (!isEmail(email)) problems.push('email')
    else if (existingEmails.has(email) || seen.has(email)) problems.push('duplicate')
    seen.add(email)
    const legalBasis = BASES[(raw.legalBasis ?? '').toLowerCase()] ?? null
    const consentAt = raw.consentAt ? parseDate(raw.consentAt) : null
    const note = raw.legitimateInterestNote || null
    const basis = basisProblem({ legalBasis, consentAt, legitimateInterestNote: note })
    if (basis) problems.push(basis)
    const medium = raw.medium ? (MEDIUM_WORDS[raw.medium.toLowerCase()] ?? null) : null
    if (raw.medium && !medium) problems.push('medium')
    const contact: ImportedContact | null = problems.length
      ? null
      : {
          name: raw.name!,
          email,
          outlet: raw.outlet || null,
          medium,
          beat: raw.beat || null,
          phone: raw.phone || null,
          legalBasis: legalBasis!,
          consentAt,
          legitimateInterestNote: note,
          source: raw.source || null,
        }
    // Line numbers as the spreadsheet shows them: the header is line 1.
    return { line: index + 2, email, problems, contact }
  })
  const valid = lines.filter((l) => l.contact).length
  return { lines, valid, invalid: lines.length - valid }
}
