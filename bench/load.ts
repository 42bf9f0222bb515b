import autocannon from 'autocannon'

export type LoadCase = {
  name: string
  method?: 'GET' | 'POST'
  /** One path, or several taken in turn (detail pages). */
  paths: string[]
  body?: string
  headers?: Record<string, string>
  /** Per-path extra headers (If-None-Match per page). */
  headersFor?: (path: string) => Record<string, string>
}

export type LoadResult = {
  reqPerSec: number
  p50: number
  p95: number
  p99: number
  requests: number
  errors: number
  non2xx: number
  statuses: Record<string, number>
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0

/** autocannon for `seconds`, latencies collected per response (autocannon reports no p95). */
export async function load(baseUrl: string, spec: LoadCase, seconds: number, connections: number): Promise<LoadResult> {
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let turn = 0
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [
      {
        method: spec.method ?? 'GET',
        body: spec.body,
        headers: { ...(spec.body ? { 'content-type': 'application/json' } : {}), ...spec.headers },
        setupRequest: (request) => {
          const path = spec.paths[turn++ % spec.paths.length]
          return { ...request, path, headers: { ...request.headers, ...spec.headersFor?.(path) } }
        },
      },
    ],
  })
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime)
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
  })
  const result = await instance
  latencies.sort((a, b) => a - b)
  const ok = Object.entries(statuses)
    .filter(([status]) => Number(status) < 400)
    .reduce((sum, [, n]) => sum + n, 0)
  return {
    reqPerSec: Math.round(ok / seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    requests: latencies.length,
    errors: result.errors + result.timeouts,
    non2xx: latencies.length - ok,
    statuses,
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100
