'use client'

import React from 'react'

import type { CalendarItem } from '../../calendar/items'
import type { CalendarMode } from '../../lib/calendarGrid'
import { calendarDate } from '../../lib/isoWeek'

const WEEKDAYS = ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim']
const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' })

type Props = {
  mode: CalendarMode
  days: string[]
  month: string
  items: CalendarItem[]
  selected: CalendarItem | null
  onSelect: (item: CalendarItem) => void
}

/** Days in rows of seven, each listing its items; an item opens its details beside the grid. */
export function CalendarGrid({ mode, days, month, items, selected, onSelect }: Props) {
  const byDay = new Map<string, CalendarItem[]>()
  for (const item of items) {
    const day = calendarDate(new Date(item.start))
    byDay.set(day, [...(byDay.get(day) ?? []), item])
  }
  const today = calendarDate(new Date())
  return (
    <div className={`planning-calendar__grid planning-calendar__grid--${mode}`} role="grid">
      <div role="row" className="planning-calendar__weekdays">
        {WEEKDAYS.map((d) => (
          <span role="columnheader" key={d}>
            {d}
          </span>
        ))}
      </div>
      {Array.from({ length: days.length / 7 }, (_, week) => (
        <div role="row" key={week} className="planning-calendar__week">
          {days.slice(week * 7, week * 7 + 7).map((day) => (
            <div
              role="gridcell"
              key={day}
              aria-label={new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', { dateStyle: 'full' })}
              className={[
                'planning-calendar__day',
                day === today && 'is-today',
                mode === 'month' && !day.startsWith(month) && 'is-outside',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <span className="planning-calendar__date">{Number(day.slice(8))}</span>
              {(byDay.get(day) ?? []).map((item) => (
                <button
                  type="button"
                  key={`${item.type}-${item.id}`}
                  className={`planning-calendar__item planning-calendar__item--${item.type}${selected === item ? ' is-selected' : ''}`}
                  onClick={() => onSelect(item)}
                  title={item.title}
                >
                  {!item.allDay && <time>{time(item.start)}</time>} {item.title}
                </button>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  )
}
