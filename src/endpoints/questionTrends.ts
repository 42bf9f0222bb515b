import { type Endpoint, type PayloadRequest } from 'payload'

import { refusal } from '../hooks/refusal'
import { now } from '../lib/clock'
import { idOf } from '../lib/ids'
import { addDays, addWeeks, isoWeekOf, mondayOf, weeksEndingWith } from '../lib/isoWeek'
import { may } from '../lib/permissions'
import { computeTrends, type TopicSeries } from '../lib/trends'
import { documented } from '../openapi/customEndpoints'
import { errors, json, query } from '../openapi/operation'

export const MAX_WEEKS = 26

export type TopicTrend = TopicSeries & { title: string; slug: string | null; thisWeek: number; questions: number[] }

export type TrendReport = {
  weeks: string[]
  currentWeek: string
  topics: TopicTrend[]
  rising: TopicTrend[]
  untagged: number[]
}

export function parseWeeks(req: PayloadRequest, value: string | null | undefined): number {
  if (value === null || value === undefined || value === '') return 4
  const weeks = Number(value)
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS)
    throw refusal(req, 400, 'trendsBadWeeks', { max: MAX_WEEKS, value })
  return weeks
}

export function assertMayReadQuestions(req: PayloadRequest): NonNullable<PayloadRequest['user']> {
  if (!req.user) throw refusal(req, 401, 'trendsSignIn')
  if (!may(req.user.roles, 'questions', 'read')) throw refusal(req, 403, 'trendsNewsroomOnly')
  return req.user
}

/**
 * Topic counts over the last `count` complete ISO weeks (Paris time), plus the week under way
 * apart: a Monday-morning meeting would otherwise see every topic fall.
 */
export async function trendReport(req: PayloadRequest, count: number): Promise<TrendReport> {
  const currentWeek = isoWeekOf(now())
  const weeks = weeksEndingWith(addWeeks(currentWeek, -1), count)
  // A day of margin either side of the Paris weeks; the exact week is computed per question.
  const since = `${addDays(mondayOf(weeks[0])!, -1)}T00:00:00.000Z`
  const { docs } = await req.payload.find({
    collection: 'questions',
    where: { askedAt: { greater_than_equal: since } },
    select: { askedAt: true, topics: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const questions = docs.map((q) => ({
    id: q.id as number,
    week: isoWeekOf(new Date(q.askedAt)),
    topics: (q.topics ?? []).map((t) => String(idOf(t))),
  }))
  const trends = computeTrends(questions, weeks)
  const current = computeTrends(questions, [currentWeek])
  const ids = [...new Set([...trends.series, ...current.series].map((s) => s.topic))]
  const { docs: topics } = await req.payload.find({
    collection: 'topics',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    req,
  })
  const topicOf = new Map(topics.map((t) => [String(t.id), t]))
  const window = new Set([...weeks, currentWeek])
  const enrich = (s: TopicSeries): TopicTrend => ({
    ...s,
    title: topicOf.get(s.topic)?.title ?? `#${s.topic}`,
    slug: topicOf.get(s.topic)?.slug ?? null,
    thisWeek: current.series.find((c) => c.topic === s.topic)?.total ?? 0,
    questions: questions.filter((q) => window.has(q.week) && q.topics.includes(s.topic)).map((q) => q.id),
  })
  return {
    weeks,
    currentWeek,
    topics: trends.series.map(enrich),
    rising: trends.rising.map(enrich),
    untagged: trends.untagged,
  }
}

/** `GET /api/questions/trends?weeks=4` (staff): counts per topic per week and the fastest-rising topics. */
const questionTrends: Endpoint = {
  path: '/trends',
  method: 'get',
  handler: async (req) => {
    assertMayReadQuestions(req)
    const report = await trendReport(req, parseWeeks(req, req.searchParams.get('weeks')))
    // Question ids are for proposing a subject; the report itself stays light.
    return Response.json({
      ...report,
      topics: report.topics.map(({ questions: _q, ...t }) => t),
      rising: report.rising.map(({ questions: _q, ...t }) => t),
    })
  },
}

export const questionTrendsEndpoint: Endpoint = documented(questionTrends, {
  summary: 'Topic counts of business questions over the last weeks, with the rising ones (newsroom)',
  parameters: [
    query('weeks', { type: 'integer', minimum: 1, maximum: 26 }, 'Complete ISO weeks to count (default 8).'),
  ],
  responses: {
    '200': json('The trends.', {
      type: 'object',
      required: ['weeks', 'currentWeek', 'topics', 'rising', 'untagged'],
      properties: {
        weeks: { type: 'array', items: { type: 'string' } },
        currentWeek: { type: 'string' },
        topics: { type: 'array', items: { type: 'object' } },
        rising: { type: 'array', items: { type: 'object' } },
        untagged: { type: 'array', items: { type: 'integer' } },
      },
    }),
    ...errors(400, 401, 403),
  },
})
