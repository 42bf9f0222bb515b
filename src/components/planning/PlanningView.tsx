import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { now } from '../../lib/clock'
import { isoWeekOf } from '../../lib/isoWeek'
import { may } from '../../lib/permissions'
import { Board } from './Board'

const LABEL = { planned: 'prévue', open: 'en cours', closed: 'close' } as Record<string, string>

/**
 * `/admin/planning`: the board of this week's meeting (or `?week=2026-W48`), with the weeks around
 * it to move between.
 */
export async function PlanningView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const template = { i18n, locale, params, payload, permissions, searchParams, user: user ?? undefined, visibleEntities }
  if (!may(user?.roles, 'editorial-meetings', 'read')) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>Les conférences de rédaction sont réservées à la rédaction.</Gutter>
      </DefaultTemplate>
    )
  }

  const asked = typeof searchParams?.week === 'string' ? searchParams.week : isoWeekOf(now())
  const { docs: meetings } = await payload.find({ collection: 'editorial-meetings', sort: '-week', limit: 12, depth: 0, user, overrideAccess: false, req })
  const chosen = meetings.find((m) => m.week === asked) ?? [...meetings].reverse().find((m) => m.week >= asked && m.status !== 'closed') ?? meetings[0]

  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1>Conférence de rédaction</h1>
        <nav className="planning-weeks" aria-label="Semaines">
          {[...meetings].reverse().map((m) => (
            <a key={m.id} href={`/admin/planning?week=${m.week}`} aria-current={m.id === chosen?.id ? 'page' : undefined}>
              {m.week} <small>({LABEL[m.status ?? 'planned']})</small>
            </a>
          ))}
          <a href="/admin/collections/editorial-meetings/create">+ Nouvelle conférence</a>
        </nav>
        {chosen ? <Board meetingId={String(chosen.id)} /> : <p>Aucune conférence n’est prévue : créez celle de la semaine.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
