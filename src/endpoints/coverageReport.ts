import { APIError, type Endpoint } from 'payload'

import { translate } from '../i18n/translate'
import { addDays } from '../lib/isoWeek'
import { may } from '../lib/permissions'
import { coverageCsv, coverageReport, type CoverageItem } from '../lib/press/coverageReport'
import { pressLabel } from '../lib/press/labels'
import { documented } from '../openapi/customEndpoints'
import { errors, json, query } from '../openapi/operation'
import type { Coverage } from '../payload-types'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const validDay = (value: string | null): value is string =>
  Boolean(value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))

/**
 * `GET /api/coverage/report?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=csv]` (staff who read coverage):
 * the coverage dated within the days given (both included, UTC), totalled by medium, outlet,
 * tone, release and week, with audience sums; JSON, or CSV with `format=csv` or `Accept: text/csv`.
 */
export const coverageReportEndpoint: Endpoint = documented(
  {
    path: '/report',
    method: 'get',
    handler: async (req) => {
      if (!req.user) throw new APIError(translate(req, 'coverageStaffOnly'), 401)
      if (!may(req.user.roles, 'coverage', 'read')) throw new APIError(translate(req, 'coverageStaffOnly'), 403)
      const url = new URL(req.url ?? '', 'http://localhost')
      const from = url.searchParams.get('from')
      const to = url.searchParams.get('to')
      if (!validDay(from) || !validDay(to) || from > to)
        throw new APIError(translate(req, 'coverageRange', { from: String(from), to: String(to) }), 400)
      const format =
        url.searchParams.get('format') ?? (/\btext\/csv\b/.test(req.headers.get('accept') ?? '') ? 'csv' : 'json')
      if (format !== 'json' && format !== 'csv') throw new APIError(translate(req, 'coverageFormat'), 400)
      const { docs } = await req.payload.find({
        collection: 'coverage',
        where: {
          and: [
            { date: { greater_than_equal: `${from}T00:00:00.000Z` } },
            { date: { less_than: `${addDays(to, 1)}T00:00:00.000Z` } },
          ],
        },
        depth: 1,
        pagination: false,
        user: req.user,
        overrideAccess: false,
        req,
      })
      const items: CoverageItem[] = (docs as Coverage[]).map((c) => ({
        outlet: c.outlet,
        medium: c.medium ?? null,
        date: c.date,
        tone: c.tone ?? null,
        audience: c.audience ?? null,
        release: c.release
          ? typeof c.release === 'object'
            ? { id: String(c.release.id), title: c.release.title ?? null }
            : { id: String(c.release), title: null }
          : null,
      }))
      const language = req.i18n?.language
      const report = coverageReport(items, { from, to }, (dimension, key) =>
        dimension === 'none' ? translate(req, 'coverageNone') : pressLabel(dimension, key, language),
      )
      if (format === 'csv') {
        return new Response(coverageCsv(report), {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="coverage-${from}-${to}.csv"`,
            'cache-control': 'no-store',
          },
        })
      }
      return Response.json(report, { headers: { 'cache-control': 'no-store' } })
    },
  },
  {
    summary: 'Coverage report: totals by medium, outlet, tone, release and week, with audience sums (JSON or CSV)',
    parameters: [
      query('from', { type: 'string', format: 'date' }, 'First day (YYYY-MM-DD), included.', true),
      query('to', { type: 'string', format: 'date' }, 'Last day (YYYY-MM-DD), included.', true),
      query('format', { type: 'string', enum: ['json', 'csv'] }, 'json (default) or csv.'),
    ],
    responses: { 200: json('The report', { type: 'object' }), ...errors(400, 401, 403) },
  },
)
