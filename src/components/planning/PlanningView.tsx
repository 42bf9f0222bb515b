import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { say } from '../../i18n/translate'
import { weekMessage } from '../../lib/board'
import { now } from '../../lib/clock'
import { isoWeekOf, mondayOf } from '../../lib/isoWeek'
import { may } from '../../lib/permissions'
import { WorkViews } from '../WorkViews'
import { Board } from './Board'

type Translate = Parameters<typeof say>[0]

/**
 * `/admin/planning`: the board of this week's meeting (or `?week=2026-W48`), with the weeks around
 * it to move between. Those who do not sit in the meetings (a chamber's correspondent) see instead
 * the subjects they proposed or were given, and how to propose one.
 */
export async function PlanningView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const t = i18n.t as unknown as Translate
  const text = (key: string, vars?: Record<string, unknown>) => say(t, key as never, vars)
  const template = {
    i18n,
    locale,
    params,
    payload,
    permissions,
    searchParams,
    user: user ?? undefined,
    visibleEntities,
  }
  if (!may(user?.roles, 'editorial-meetings', 'read')) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>{text('boardTitle')}</h1>
          <p style={{ maxWidth: '60ch' }}>{text('planningContributorIntro')}</p>
          <p>
            <a className="btn btn--style-primary btn--size-small" href="/admin/collections/subjects/create">
              {text('planningPropose')}
            </a>
          </p>
          <WorkViews
            payload={payload}
            user={user}
            i18n={i18n as never}
            only={['assignedSubjects', 'mySubjects']}
            heading={false}
          />
        </Gutter>
      </DefaultTemplate>
    )
  }

  const asked = typeof searchParams?.week === 'string' ? searchParams.week : isoWeekOf(now())
  const { docs: meetings } = await payload.find({
    collection: 'editorial-meetings',
    sort: '-week',
    limit: 12,
    depth: 0,
    user,
    overrideAccess: false,
    req,
  })
  const chosen =
    meetings.find((m) => m.week === asked) ??
    [...meetings].reverse().find((m) => m.week >= asked && m.status !== 'closed') ??
    meetings[0]
  const weekLabel = (week: string) => {
    const monday = mondayOf(week)
    if (!monday) return week
    const message = weekMessage(week, monday, i18n.language)
    return text(message.key, message.vars)
  }

  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1>{text('boardTitle')}</h1>
        <nav className="planning-weeks" aria-label={text('boardWeeks')}>
          {[...meetings].reverse().map((m) => (
            <a
              key={m.id}
              href={`/admin/planning?week=${m.week}`}
              aria-current={m.id === chosen?.id ? 'page' : undefined}
            >
              {weekLabel(m.week)} <small>({text(`boardMeeting_${m.status ?? 'planned'}`)})</small>
            </a>
          ))}
          <a href="/admin/collections/editorial-meetings/create">{text('boardNewMeeting')}</a>
        </nav>
        {chosen ? <Board meetingId={String(chosen.id)} /> : <p>{text('boardNoMeeting')}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
