'use client'

import React, { useEffect, useState } from 'react'

import type { Bucket, CoverageReport as Report } from '../lib/press/coverageReport'
import { api, failureText } from './planning/api'
import { useNewsroomWords } from './useNewsroomWords'

const MEDIUM_COLORS: Record<string, string> = {
  print: '#1f77b4',
  radio: '#ff7f0e',
  tv: '#2ca02c',
  web: '#9467bd',
  agency: '#8c564b',
  '(none)': '#999',
}

const WORDS = [
  'title',
  'from',
  'to',
  'items',
  'audience',
  'perWeek',
  'medium',
  'outlet',
  'tone',
  'release',
  'csv',
  'none',
] as const

const day = (date: Date) => date.toISOString().slice(0, 10)
const number = (value: number, language: string) => value.toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR')

function WeekChart({ report, title }: { report: Report; title: string }) {
  const max = Math.max(1, ...report.byWeek.map((w) => w.count))
  const media = report.byMedium.map((m) => m.key)
  // The report names each medium in the reader's language; the key stays the colour's.
  const labelOf = new Map(report.byMedium.map((m) => [m.key, m.label]))
  const barWidth = 36
  const height = 160
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={title}
        width={Math.max(240, report.byWeek.length * (barWidth + 12) + 20)}
        height={height + 40}
      >
        {report.byWeek.map((week, i) => {
          let y = height
          return (
            <g key={week.week} transform={`translate(${10 + i * (barWidth + 12)},0)`}>
              {media.map((medium) => {
                const count = week.byMedium[medium] ?? 0
                const h = (count / max) * (height - 10)
                y -= h
                return count ? (
                  <rect
                    key={medium}
                    data-medium={medium}
                    x={0}
                    y={y}
                    width={barWidth}
                    height={h}
                    fill={MEDIUM_COLORS[medium] ?? '#666'}
                  >
                    <title>{`${week.week} · ${labelOf.get(medium) ?? medium}: ${count}`}</title>
                  </rect>
                ) : null
              })}
              <text x={barWidth / 2} y={height + 14} fontSize="10" textAnchor="middle" fill="currentColor">
                {week.week.slice(5)}
              </text>
              <text x={barWidth / 2} y={y - 4} fontSize="11" textAnchor="middle" fill="currentColor">
                {week.count}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {media.map((m) => (
          <span key={m}>
            <span
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                background: MEDIUM_COLORS[m] ?? '#666',
                marginRight: 4,
              }}
            />
            {labelOf.get(m) ?? m}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}

function Table({
  title,
  rows,
  audience,
  language,
}: {
  title: string
  rows: Bucket[]
  audience: string
  language: string
}) {
  return (
    <table style={{ borderCollapse: 'collapse', minWidth: 220 }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{title}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td style={{ paddingRight: 12 }}>{row.label}</td>
            <td style={{ textAlign: 'right', paddingRight: 12 }}>{row.count}</td>
            <td style={{ textAlign: 'right', color: 'var(--theme-elevation-500)' }} title={audience}>
              {number(row.audience, language)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Above the coverage list: the report for a period, a chart per week and medium, the totals, a CSV download. */
export function CoverageReport() {
  const { say, language, t: translator } = useNewsroomWords()
  const t = Object.fromEntries(WORDS.map((key) => [key, say(`coverage_${key}`)])) as Record<
    (typeof WORDS)[number],
    string
  >
  const [from, setFrom] = useState(() => day(new Date(Date.now() - 84 * 86_400_000)))
  const [to, setTo] = useState(() => day(new Date()))
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    void api<Report>(`/api/coverage/report?from=${from}&to=${to}`).then((result) => {
      if (!current) return
      setError(result.ok ? null : failureText(result, translator))
      setReport(result.ok ? result.data : null)
    })
    return () => {
      current = false
    }
  }, [from, to, translator])

  return (
    <section
      className="coverage-report"
      style={{ margin: 'var(--base) var(--gutter-h, 60px)', display: 'grid', gap: 'var(--base)' }}
    >
      <h2 style={{ margin: 0 }}>{t.title}</h2>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <label>
          {t.from} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t.to} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <a href={`/api/coverage/report?from=${from}&to=${to}&format=csv`}>{t.csv}</a>
      </div>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {report && report.totals.count === 0 && <p>{t.none}</p>}
      {report && report.totals.count > 0 && (
        <>
          <p data-testid="coverage-totals" style={{ margin: 0 }}>
            <strong>{report.totals.count}</strong> {t.items} ·{' '}
            <strong>{number(report.totals.audience, language)}</strong> {t.audience}
          </p>
          <div>
            <h3 style={{ margin: '0 0 8px' }}>{t.perWeek}</h3>
            <WeekChart report={report} title={t.perWeek} />
          </div>
          <div style={{ display: 'flex', gap: 32, flexWrap: 'wrap', alignItems: 'flex-start' }}>
            <Table title={t.medium} rows={report.byMedium} audience={t.audience} language={language} />
            <Table title={t.tone} rows={report.byTone} audience={t.audience} language={language} />
            <Table title={t.outlet} rows={report.byOutlet} audience={t.audience} language={language} />
            <Table title={t.release} rows={report.byRelease} audience={t.audience} language={language} />
          </div>
        </>
      )}
    </section>
  )
}
