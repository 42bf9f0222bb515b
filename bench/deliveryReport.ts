/** Figures and the printed table of `bench/delivery.ts`. */

export const TARGET = { p95Ms: 1000, lost: 0, duplicates: 0 }

export type Summary = {
  db: string
  items: number
  publishers: number
  rate: number
  /** Where the worker runs: in this process from the start, in it once all is published, or apart. */
  worker: string
  publish?: string
  settings: Record<string, unknown>
  result: Record<string, number | string | null>
  /** Latency from queued, p50 and p95, per tenth of the publications in order: does a backlog build up? */
  timeline: { items: string; p50: number | null; p95: number | null }[]
}

export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export const round = (value: number) => Math.round(value * 10) / 10

export function timeline(byOrder: { order: number; ms: number }[], items: number, parts = 10): Summary['timeline'] {
  const size = Math.ceil(items / parts)
  return Array.from({ length: parts }, (_, k) => {
    const slice = byOrder.filter((x) => Math.floor(x.order / size) === k).map((x) => x.ms)
    return {
      items: `${k * size}–${Math.min(items, (k + 1) * size) - 1}`,
      p50: percentile(slice, 50),
      p95: percentile(slice, 95),
    }
  })
}

export type Piece = { order: number; id: string; committedAt: number }
export type Arrival = { item: string; at: number }
export type Row = {
  destination: string
  itemId: string
  status: string
  createdAt: string
  updatedAt: string
  attempts: { at: string; outcome?: string | null }[]
}

/**
 * What the receivers and the deliveries table say, per piece and destination (the receivers' keys,
 * which rows carry as `destination`). An arrival is an accepted request: the receiver answered 2xx.
 */
export function figures(pieces: Piece[], arrivals: Record<string, Arrival[]>, rows: Row[]) {
  const byId = new Map(pieces.map((p) => [p.id, p]))
  const firstReceipt = new Map<string, number>()
  let lost = 0
  let receiverDuplicates = 0
  let lastReceived = 0
  for (const [key, list] of Object.entries(arrivals)) {
    const seen = new Map<string, number>()
    for (const a of list) {
      // A repeat is a second accepted request for the same piece, whatever its webhook-id.
      if (seen.has(a.item)) receiverDuplicates++
      else seen.set(a.item, a.at)
      lastReceived = Math.max(lastReceived, a.at)
    }
    for (const p of pieces) {
      const at = seen.get(p.id)
      if (at === undefined) lost++
      else firstReceipt.set(`${key}:${p.id}`, at)
    }
  }

  // Two bounds on commit → receipt. The row is written in the publication's transaction, just
  // before it commits: from its createdAt, an upper bound. The 201 follows the commit: a lower bound.
  const out = {
    fromQueued: [] as number[],
    fromResponse: [] as number[],
    byOrder: [] as { order: number; ms: number }[],
    pickup: [] as number[],
    send: [] as number[],
    record: [] as number[],
  }
  const statuses: Record<string, number> = {}
  const pairs = new Map<string, number>()
  let rowsDeliveredTwice = 0
  for (const row of rows) {
    statuses[row.status] = (statuses[row.status] ?? 0) + 1
    const pair = `${row.destination}:${row.itemId}`
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
    if (row.attempts.filter((a) => a.outcome === 'delivered').length > 1) rowsDeliveredTwice++
    const received = firstReceipt.get(pair)
    const piece = byId.get(row.itemId)
    if (received === undefined || !piece) continue
    const queued = new Date(row.createdAt).getTime()
    out.fromQueued.push(received - queued)
    out.fromResponse.push(received - piece.committedAt)
    out.byOrder.push({ order: piece.order, ms: received - queued })
    if (!row.attempts[0]) continue
    // attempts[0].at: the worker took it; updatedAt: its record of the attempt was being written.
    const first = new Date(row.attempts[0].at).getTime()
    out.pickup.push(first - queued)
    out.send.push(received - first)
    out.record.push(new Date(row.updatedAt).getTime() - received)
  }
  const duplicateRows = [...pairs.values()].reduce((sum, n) => sum + n - 1, 0)
  return {
    ...out,
    received: firstReceipt.size,
    lost,
    receiverDuplicates,
    lastReceived,
    statuses,
    rowsDeliveredTwice,
    duplicateRows,
  }
}

/** One column per run; the verdict column only when the target applies to the line. */
export function table(runs: Summary[]): string {
  const lines: [string, (s: Summary) => unknown, ((s: Summary) => boolean)?][] = [
    ['publishes/s (REST, committed)', (s) => s.result.publishesPerSec],
    ['deliveries queued/s', (s) => s.result.deliveriesQueuedPerSec],
    ['publish p50 / p95 ms', (s) => `${s.result.publishP50Ms} / ${s.result.publishP95Ms}`],
    ['deliveries expected / rows', (s) => `${s.result.expectedDeliveries} / ${s.result.rows}`],
    ['drain s (first publish → last receipt)', (s) => s.result.drainSeconds],
    ['  of which after the last publish, s', (s) => s.result.afterLastPublishSeconds],
    ['delivered/s (worker start → last receipt)', (s) => s.result.deliveredPerSec],
    ['latency from queued p50 ms', (s) => s.result.p50Ms],
    [
      'latency from queued p95 ms (target ≤ 1000)',
      (s) => s.result.p95Ms,
      (s) => Number(s.result.p95Ms) <= TARGET.p95Ms,
    ],
    ['latency from queued p99 / max ms', (s) => `${s.result.p99Ms} / ${s.result.maxMs}`],
    [
      'latency p95 per tenth of the publications, s',
      (s) => s.timeline.map((t) => (t.p95 === null ? '-' : (t.p95 / 1000).toFixed(1))).join(' '),
    ],
    [
      'latency from the 201 p50 / p95 / p99 / max ms',
      (s) =>
        `${s.result.fromResponseP50Ms} / ${s.result.fromResponseP95Ms} / ${s.result.fromResponseP99Ms} / ${s.result.fromResponseMaxMs}`,
    ],
    ['  queued → first attempt p50 / p95 ms', (s) => `${s.result.pickupP50Ms} / ${s.result.pickupP95Ms}`],
    ['  first attempt → received p50 / p95 ms', (s) => `${s.result.sendP50Ms} / ${s.result.sendP95Ms}`],
    ['  received → row updated p50 / p95 ms', (s) => `${s.result.recordP50Ms} / ${s.result.recordP95Ms}`],
    ['lost (target 0)', (s) => s.result.lost, (s) => s.result.lost === TARGET.lost],
    [
      'duplicates at receivers (target 0)',
      (s) => s.result.receiverDuplicates,
      (s) => s.result.receiverDuplicates === TARGET.duplicates,
    ],
    ['rows with >1 successful attempt', (s) => s.result.rowsDeliveredTwice, (s) => s.result.rowsDeliveredTwice === 0],
    ['duplicate rows (item × destination)', (s) => s.result.duplicateRows, (s) => s.result.duplicateRows === 0],
    ['failed / retrying / not delivered', (s) => `${s.result.failed} / ${s.result.retrying} / ${s.result.notDone}`],
    [
      'peak RSS MB (platform + receivers + driver)',
      (s) =>
        `${s.result.peakRssMb}${s.result.workerProcessPeakRssMb ? ` + worker ${s.result.workerProcessPeakRssMb}` : ''}`,
    ],
    [
      'process CPU %, event loop delay p99 / max ms',
      (s) => `${s.result.processCpuPercent} %, ${s.result.eventLoopDelayP99Ms} / ${s.result.eventLoopDelayMaxMs}`,
    ],
    ['heap used at the end, MB', (s) => s.result.heapUsedMbAtEnd],
    ['timed out', (s) => s.result.timedOut],
  ]
  const head = ['metric', ...runs.map((s) => s.db)]
  const body = lines.map(([label, value, ok]) => [
    label,
    ...runs.map((s) => `${String(value(s))}${ok ? (ok(s) ? ' ok' : ' MISSED') : ''}`),
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((l) => l[i].length)))
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
  return [
    fmt(head),
    `|${widths.map((w, i) => `${'-'.repeat(w + 1)}${i === 0 ? '-' : ':'}`).join('|')}|`,
    ...body.map(fmt),
  ].join('\n')
}
