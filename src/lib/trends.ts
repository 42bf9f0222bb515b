/**
 * What businesses ask about, week by week: counts per topic and the topics rising fastest. The
 * rise is the slope of a least-squares line through a topic's weekly counts (questions per week
 * gained each week), so one noisy week weighs less than a steady climb.
 */
export type TrendQuestion = { week: string; topics: readonly string[] }

export type TopicSeries = { topic: string; counts: number[]; total: number; slope: number }

export type Trends = { weeks: string[]; series: TopicSeries[]; rising: TopicSeries[]; untagged: number[] }

/** Least-squares slope of y over x = 0, 1, 2…; 0 for fewer than two points. */
export function slope(values: readonly number[]): number {
  const n = values.length
  if (n < 2) return 0
  const meanX = (n - 1) / 2
  const meanY = values.reduce((sum, y) => sum + y, 0) / n
  let num = 0
  let den = 0
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY)
    den += (x - meanX) ** 2
  })
  return num / den
}

const byRise = (a: TopicSeries, b: TopicSeries) =>
  b.slope - a.slope || b.counts[b.counts.length - 1] - a.counts[a.counts.length - 1] || a.topic.localeCompare(b.topic)

/**
 * Counts per topic for the given weeks (oldest first). A question tagged with two topics counts for
 * both; questions outside the weeks are ignored; untagged ones are counted apart.
 */
export function computeTrends(questions: readonly TrendQuestion[], weeks: readonly string[], risingLimit = 5): Trends {
  const index = new Map(weeks.map((week, i) => [week, i]))
  const counts = new Map<string, number[]>()
  const untagged = weeks.map(() => 0)
  for (const question of questions) {
    const i = index.get(question.week)
    if (i === undefined) continue
    const topics = [...new Set(question.topics)]
    if (topics.length === 0) untagged[i] += 1
    for (const topic of topics) {
      const row = counts.get(topic) ?? weeks.map(() => 0)
      row[i] += 1
      counts.set(topic, row)
    }
  }
  const series = [...counts].map(([topic, row]) => ({
    topic,
    counts: row,
    total: row.reduce((sum, n) => sum + n, 0),
    slope: round(slope(row)),
  }))
  series.sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic))
  const rising = series
    .filter((s) => s.slope > 0)
    .sort(byRise)
    .slice(0, risingLimit)
  return { weeks: [...weeks], series, rising, untagged }
}

const round = (value: number) => Math.round(value * 100) / 100
