export type Mode = 'baseline' | 'cold' | 'warm' | 'revalidate'
export type Row = {
  case: string
  mode: Mode
  reqPerSec: number
  p50: number
  p95: number
  p99: number
  peakRssMb: number
  errors: number
  non2xx: number
  /** The server's CPU time per answer: on a shared machine, steadier than req/s. */
  cpuMsPerRequest?: number
  ratio?: number
  /** The baseline's CPU per answer over this server's: the throughput ratio one core of each would give. */
  cpuRatio?: number
  p95OverBaseline?: number
}

const TARGETS: Partial<Record<Mode, number>> = { cold: 0.3, warm: 0.8 }

/** Ratios to the baseline of the same case, and whether each target is met. */
export function withRatios(rows: Row[]): Row[] {
  return rows.map((row) => {
    const base = rows.find((r) => r.case === row.case && r.mode === 'baseline')
    if (!base || row.mode === 'baseline') return row
    const cpuRatio =
      base.cpuMsPerRequest && row.cpuMsPerRequest
        ? Math.round((base.cpuMsPerRequest / row.cpuMsPerRequest) * 100) / 100
        : undefined
    return {
      ...row,
      ratio: Math.round((row.reqPerSec / base.reqPerSec) * 100) / 100,
      cpuRatio,
      p95OverBaseline: Math.round((row.p95 - base.p95) * 100) / 100,
    }
  })
}

export function verdict(row: Row): string {
  if (row.ratio === undefined) return ''
  const target = TARGETS[row.mode]
  const throughput = target === undefined || row.ratio >= target
  const latency = (row.p95OverBaseline ?? 0) <= 20
  return throughput && latency ? 'ok' : `MISSED${throughput ? '' : ` (< ${target! * 100} %)`}${latency ? '' : ' (p95)'}`
}

export function table(rows: Row[]): string {
  const head = [
    'case',
    'mode',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'peak RSS MB',
    'ratio',
    'CPU ms/req',
    'CPU ratio',
    'p95 Δ ms',
    'target',
  ]
  const percent = (ratio: number | undefined) => (ratio === undefined ? '' : `${Math.round(ratio * 100)} %`)
  const lines = rows.map((r) =>
    [
      r.case,
      r.mode,
      r.reqPerSec,
      r.p50,
      r.p95,
      r.p99,
      r.peakRssMb,
      percent(r.ratio),
      r.cpuMsPerRequest ?? '',
      percent(r.cpuRatio),
      r.p95OverBaseline ?? '',
      verdict(r),
    ].map(String),
  )
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
  return [
    fmt(head),
    `|${widths.map((w, i) => (i < 2 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...lines.map(fmt),
  ].join('\n')
}

/** Grouped bars of the ratio to the baseline per case and mode, with the 30 % and 80 % targets drawn. */
export function svgChart(rows: Row[], title: string): string {
  const modes: Mode[] = ['cold', 'warm', 'revalidate']
  const colors: Record<string, string> = { cold: '#8fa8c8', warm: '#1d4e89', revalidate: '#f79824' }
  const cases = [...new Set(rows.map((r) => r.case))]
  const max = Math.max(1, ...rows.map((r) => r.ratio ?? 0))
  const [width, height, left, bottom, top] = [760, 360, 50, 50, 40]
  const plot = height - bottom - top
  const y = (ratio: number) => top + plot - (ratio / max) * plot
  const group = (width - left - 20) / cases.length
  const bar = (group - 20) / modes.length
  const bars = cases.flatMap((c, i) =>
    modes.flatMap((mode, j) => {
      const row = rows.find((r) => r.case === c && r.mode === mode)
      if (row?.ratio === undefined) return []
      const x = left + i * group + 10 + j * bar
      return [
        `<rect x="${x.toFixed(1)}" y="${y(row.ratio).toFixed(1)}" width="${(bar - 2).toFixed(1)}" height="${(top + plot - y(row.ratio)).toFixed(1)}" fill="${colors[mode]}"><title>${c} ${mode}: ${Math.round(row.ratio * 100)} %</title></rect>`,
        `<text x="${(x + bar / 2).toFixed(1)}" y="${(y(row.ratio) - 4).toFixed(1)}" font-size="10" text-anchor="middle">${Math.round(row.ratio * 100)}</text>`,
      ]
    }),
  )
  const labels = cases.map(
    (c, i) =>
      `<text x="${(left + i * group + group / 2).toFixed(1)}" y="${height - bottom + 18}" font-size="13" text-anchor="middle">${c}</text>`,
  )
  const targets = [0.3, 0.8, 1].map(
    (t) =>
      `<line x1="${left}" x2="${width - 10}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#a12828" stroke-dasharray="${t === 1 ? '2 2' : '6 4'}"/><text x="${left - 6}" y="${(y(t) + 4).toFixed(1)}" font-size="11" text-anchor="end">${t * 100}%</text>`,
  )
  const legend = modes.map(
    (m, i) =>
      `<rect x="${left + i * 120}" y="${height - 20}" width="12" height="12" fill="${colors[m]}"/><text x="${left + i * 120 + 16}" y="${height - 10}" font-size="12">${m}</text>`,
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<text x="${left}" y="22" font-size="15" font-weight="bold">${title}</text>
<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plot}" stroke="#333"/><line x1="${left}" x2="${width - 10}" y1="${top + plot}" y2="${top + plot}" stroke="#333"/>
${[...targets, ...bars, ...labels, ...legend].join('\n')}
</svg>
`
}
