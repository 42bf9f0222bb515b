import { isoWeekOf } from '../isoWeek'

/** One piece of coverage as the report reads it. */
export type CoverageItem = {
  outlet: string
  medium: string | null
  date: string
  tone: string | null
  audience: number | null
  release: { id: string; title: string | null } | null
}

export type Bucket = { key: string; label: string; count: number; audience: number }
export type WeekRow = { week: string; count: number; audience: number; byMedium: Record<string, number> }
export type CoverageReport = {
  from: string
  to: string
  totals: { count: number; audience: number }
  byMedium: Bucket[]
  byOutlet: Bucket[]
  byTone: Bucket[]
  byRelease: Bucket[]
  byWeek: WeekRow[]
}

const NONE = '(none)'

function buckets(items: CoverageItem[], keyOf: (item: CoverageItem) => { key: string; label: string }): Bucket[] {
  const found = new Map<string, Bucket>()
  for (const item of items) {
    const { key, label } = keyOf(item)
    const bucket = found.get(key) ?? { key, label, count: 0, audience: 0 }
    bucket.count += 1
    bucket.audience += item.audience ?? 0
    found.set(key, bucket)
  }
  // Most coverage first; ties by name, so the order never depends on the database's.
  return [...found.values()].sort(
    (a, b) => b.count - a.count || b.audience - a.audience || a.label.localeCompare(b.label),
  )
}

/** The name a medium or a tone is shown by (the key itself unless told); `none`, an item that has none. */
export type DimensionLabel = (dimension: 'medium' | 'tone' | 'none', key: string) => string

/**
 * Totals by medium, outlet, tone, release and ISO week (Paris time), with audience sums; items without an
 * audience count 0. Media and tones keep their codes as keys and take `label`'s names as labels.
 */
export function coverageReport(
  items: CoverageItem[],
  range: { from: string; to: string },
  label: DimensionLabel = (_dimension, key) => key,
): CoverageReport {
  const plain = (value: string | null) => ({ key: value ?? NONE, label: value ?? label('none', NONE) })
  const named = (dimension: 'medium' | 'tone', value: string | null) =>
    value ? { key: value, label: label(dimension, value) } : plain(value)
  const weeks = new Map<string, WeekRow>()
  for (const item of items) {
    const week = isoWeekOf(new Date(item.date))
    const row = weeks.get(week) ?? { week, count: 0, audience: 0, byMedium: {} }
    row.count += 1
    row.audience += item.audience ?? 0
    const medium = item.medium ?? NONE
    row.byMedium[medium] = (row.byMedium[medium] ?? 0) + 1
    weeks.set(week, row)
  }
  return {
    ...range,
    totals: { count: items.length, audience: items.reduce((sum, item) => sum + (item.audience ?? 0), 0) },
    byMedium: buckets(items, (i) => named('medium', i.medium)),
    byOutlet: buckets(items, (i) => plain(i.outlet)),
    byTone: buckets(items, (i) => named('tone', i.tone)),
    byRelease: buckets(items, (i) =>
      i.release ? { key: i.release.id, label: i.release.title ?? i.release.id } : plain(null),
    ),
    byWeek: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)),
  }
}

const cell = (value: string | number) => {
  const text = String(value)
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The report as CSV: one line per bucket, `dimension,key,label,count,audience`, the totals first. */
export function coverageCsv(report: CoverageReport): string {
  const lines = [
    ['dimension', 'key', 'label', 'count', 'audience'],
    ['total', '', '', report.totals.count, report.totals.audience],
  ]
  const add = (dimension: string, rows: Bucket[]) =>
    rows.forEach((b) => lines.push([dimension, b.key, b.label, b.count, b.audience]))
  add('medium', report.byMedium)
  add('outlet', report.byOutlet)
  add('tone', report.byTone)
  add('release', report.byRelease)
  report.byWeek.forEach((w) => lines.push(['week', w.week, w.week, w.count, w.audience]))
  return `${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`
}
