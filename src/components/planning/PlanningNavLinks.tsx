import type { ServerProps } from 'payload'
import React from 'react'

import { may } from '../../lib/permissions'
import { isStaff } from '../../lib/roles'

/** The planning's own pages, under the collections in the admin's navigation. */
export function PlanningNavLinks({ user }: ServerProps) {
  if (!isStaff(user)) return null
  return (
    <div className="planning-nav">
      <span className="nav-group__label">Tableaux de la rédaction</span>
      {may(user?.roles, 'editorial-meetings', 'read') && (
        <a className="nav__link" href="/admin/planning">
          Conférence de la semaine
        </a>
      )}
      <a className="nav__link" href="/admin/calendar">
        Calendrier
      </a>
    </div>
  )
}
