import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { refusal } from '../hooks/refusal'
import { translate } from '../i18n/translate'
import { now } from '../lib/clock'
import { calendarDate } from '../lib/isoWeek'
import { may } from '../lib/permissions'
import { OPEN_STATUSES } from '../lib/subjectFlow'
import { assertMayReadQuestions, MAX_WEEKS, parseWeeks, trendReport } from './questionTrends'
import { documented } from '../openapi/customEndpoints'
import { errors, json, ref, worded } from '../openapi/operation'

/** The next meeting still to be held, where a new proposal belongs on the agenda. */
async function upcomingMeeting(req: PayloadRequest): Promise<number | null> {
  const { docs } = await req.payload.find({
    collection: 'editorial-meetings',
    where: {
      and: [
        { status: { in: ['planned', 'open'] } },
        { date: { greater_than_equal: `${calendarDate(now())}T00:00:00.000Z` } },
      ],
    },
    sort: 'date',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

/**
 * `POST /api/questions/trends/propose` with `{ "topic": id, "weeks"?: n }`: turns a trend into a
 * subject in one action, proposed by the caller, sourced "business-questions", with the topic's
 * questions of the period linked and the figures in its details, on the next meeting's agenda.
 * A topic that already has an open subject from the questions gets 409 and that subject's id.
 */
const proposeFromTrend: Endpoint = {
  path: '/trends/propose',
  method: 'post',
  handler: async (req) => {
    const user = assertMayReadQuestions(req)
    if (!may(user.roles, 'subjects', 'create')) throw refusal(req, 403, 'proposeForbidden')
    const body = ((await req.json?.().catch(() => null)) ?? {}) as { topic?: unknown; weeks?: unknown }
    const topicId =
      typeof body.topic === 'number' || (typeof body.topic === 'string' && body.topic !== '') ? body.topic : null
    if (topicId === null) throw refusal(req, 400, 'proposeTopicRequired')
    const weeks = parseWeeks(req, body.weeks === undefined ? undefined : String(body.weeks))
    const shouldCommit = await initTransaction(req)
    try {
      const topic = await req.payload.findByID({
        collection: 'topics',
        id: topicId,
        depth: 0,
        disableErrors: true,
        req,
      })
      if (!topic) throw refusal(req, 404, 'proposeNoTopic', { id: topicId })
      const { docs: existing } = await req.payload.find({
        collection: 'subjects',
        where: {
          and: [
            { source: { equals: 'business-questions' } },
            { topics: { in: [topic.id] } },
            { status: { in: [...OPEN_STATUSES] } },
          ],
        },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (existing[0])
        throw new APIError(
          translate(req, 'proposeAlreadyCovered', { title: existing[0].title, status: existing[0].status }),
          409,
          {
            subject: existing[0].id,
          },
        )

      const report = await trendReport(req, weeks)
      const trend = report.topics.find((t) => t.topic === String(topic.id))
      if (!trend?.questions.length) throw refusal(req, 400, 'proposeNoQuestion', { topic: topic.title, weeks })
      const meeting = await upcomingMeeting(req)
      const subject = await req.payload.create({
        collection: 'subjects',
        data: {
          title: `Questions des entreprises : ${topic.title}`,
          angle: `Répondre aux questions que les entreprises posent sur « ${topic.title} ».`,
          source: 'business-questions',
          priority: trend.slope >= 2 ? 'high' : 'normal',
          sourceDetails: `${trend.questions.length} questions sur « ${topic.title} » (${report.weeks[0]} à ${report.currentWeek}) ; par semaine : ${trend.counts.join(', ')}, puis ${trend.thisWeek} cette semaine (tendance ${trend.slope >= 0 ? '+' : ''}${trend.slope} par semaine).`,
          topics: [topic.id],
          questions: trend.questions,
          meetings: meeting ? [meeting] : [],
          status: 'proposed',
        },
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ message: translate(req, 'proposed'), doc: subject }, { status: 201 })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}

export const proposeFromTrendEndpoint: Endpoint = documented(proposeFromTrend, {
  summary: 'Turn a topic’s trend in business questions into a proposed subject',
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['topic'],
          properties: {
            topic: worded({ type: ['integer', 'string'], minLength: 1 }, 'proposeTopicRequired'),
            weeks: worded({ type: 'integer', minimum: 1, maximum: MAX_WEEKS }, 'trendsBadWeeks'),
          },
        },
      },
    },
  },
  responses: {
    '201': json('Proposed.', { type: 'object', properties: { message: { type: 'string' }, doc: ref('subjects') } }),
    ...errors(400, 401, 403, 404, 409),
  },
})
