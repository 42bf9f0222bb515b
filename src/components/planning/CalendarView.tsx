import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isStaff } from '../../lib/roles'
import { Calendar } from './Calendar'

/** `/admin/calendar`: publications, due dates, events and meetings by month or week. */
export function CalendarView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user: req.user ?? undefined,
    visibleEntities,
  }
  const say = (key: string) => (req.i18n.t as (key: string) => string)(`newsroom:${key}`)
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1>{say('calendarPageTitle')}</h1>
        {isStaff(req.user) ? <Calendar /> : <p>{say('calendarStaffOnly')}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
