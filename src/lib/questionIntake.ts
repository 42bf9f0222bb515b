import { REGIONS } from './regions'

export const SECTORS = [
  'commerce',
  'hospitality',
  'industry',
  'construction',
  'services',
  'transport',
  'tourism',
  'other',
] as const
export type Sector = (typeof SECTORS)[number]

export const SECTOR_LABELS: Record<Sector, string> = {
  commerce: 'Commerce',
  hospitality: 'Hôtellerie-restauration',
  industry: 'Industrie',
  construction: 'BTP',
  services: 'Services',
  transport: 'Transport et logistique',
  tourism: 'Tourisme et culture',
  other: 'Autre',
}

export const TERRITORIES = ['national', ...REGIONS.map((r) => r.value)] as const
export const QUESTION_AUDIENCES = ['entrepreneurs', 'business-owners', 'individuals', 'institutions'] as const

export const TEXT_MIN = 10
export const TEXT_MAX = 2000

/**
 * A field no person fills in: the public form hides it, bots that fill every input give
 * themselves away. Such submissions are answered as if accepted and dropped.
 */
export const HONEYPOT_FIELD = 'website'

export type Intake = {
  text: string
  sector: Sector
  territory: (typeof TERRITORIES)[number]
  audience: (typeof QUESTION_AUDIENCES)[number]
}
/** A problem with a submission, named so that the endpoint can say it in the asker's language. */
export type IntakeError =
  | { path: ''; problem: 'notObject' }
  | { path: 'text'; problem: 'length'; min: number; max: number; got: number }
  | { path: string; problem: 'oneOf'; allowed: readonly string[] }

const oneOf = (path: string, allowed: readonly string[], value: unknown): IntakeError[] =>
  typeof value === 'string' && allowed.includes(value) ? [] : [{ path, problem: 'oneOf', allowed }]

export const isHoneypotFilled = (body: Record<string, unknown>) =>
  typeof body[HONEYPOT_FIELD] === 'string' && body[HONEYPOT_FIELD].trim() !== ''

/** Checks a public submission; every problem is reported at once. */
export function validateIntake(body: unknown): { ok: true; intake: Intake } | { ok: false; errors: IntakeError[] } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, errors: [{ path: '', problem: 'notObject' }] }
  }
  const data = body as Record<string, unknown>
  const text = typeof data.text === 'string' ? data.text.trim() : ''
  const length = [...text].length
  const errors: IntakeError[] = [
    ...(length < TEXT_MIN || length > TEXT_MAX
      ? [{ path: 'text' as const, problem: 'length' as const, min: TEXT_MIN, max: TEXT_MAX, got: length }]
      : []),
    ...oneOf('sector', SECTORS, data.sector),
    ...oneOf('territory', TERRITORIES, data.territory),
    ...oneOf('audience', QUESTION_AUDIENCES, data.audience),
  ]
  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    intake: {
      text,
      sector: data.sector as Sector,
      territory: data.territory as Intake['territory'],
      audience: data.audience as Intake['audience'],
    },
  }
}
