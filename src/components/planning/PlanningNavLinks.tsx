import type { ServerProps } from 'payload'
import React from 'react'

import { may } from '../../lib/permissions'
import { isStaff } from '../../lib/roles'

/** The planning's own pages, under the collections in the admin's navigation. */
export function PlanningNavLinks({ user, i18n }: ServerProps) {
  if (!isStaff(user)) return null
  const say = (key: string) => (i18n.t as (key: string) => string)(`newsroom:${key}`)
  return (
    <div className="planning-nav">
      <span className="nav-group__label">{say('planningNav')}</span>
      {may(user?.roles, 'editorial-meetings', 'read') && (
        <a className="nav__link" href="/admin/planning">
          {say('planningNavMeeting')}
        </a>
      )}
      <a className="nav__link" href="/admin/calendar">
        {say('planningNavCalendar')}
      </a>
    </div>
  )
}
