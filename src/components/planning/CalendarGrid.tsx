'use client'

import React from 'react'

import type { CalendarItem } from '../../calendar/items'
import type { CalendarMode } from '../../lib/calendarGrid'
import { calendarDate } from '../../lib/isoWeek'

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'fr-FR')
// 2024-01-01 was a Monday: the week's days, from Monday, named in the admin's language.
const weekdays = (language: string) =>
  Array.from({ length: 7 }, (_, i) =>
    new Date(Date.UTC(2024, 0, 1 + i)).toLocaleDateString(locale(language), { weekday: 'short', timeZone: 'UTC' }),
  )
const time = (iso: string, language: string) =>
  new Date(iso).toLocaleTimeString(locale(language), { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' })

type Props = {
  mode: CalendarMode
  language: string
  days: string[]
  month: string
  items: CalendarItem[]
  selected: CalendarItem | null
  onSelect: (item: CalendarItem) => void
}

/** Days in rows of seven, each listing its items; an item opens its details beside the grid. */
export function CalendarGrid({ mode, language, days, month, items, selected, onSelect }: Props) {
  const byDay = new Map<string, CalendarItem[]>()
  for (const item of items) {
    const day = calendarDate(new Date(item.start))
    byDay.set(day, [...(byDay.get(day) ?? []), item])
  }
  const today = calendarDate(new Date())
  return (
    <div className={`planning-calendar__grid planning-calendar__grid--${mode}`} role="grid">
      <div role="row" className="planning-calendar__weekdays">
        {weekdays(language).map((d) => (
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
              aria-label={new Date(`${day}T12:00:00Z`).toLocaleDateString(locale(language), { dateStyle: 'full' })}
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
                  {!item.allDay && <time>{time(item.start, language)}</time>} {item.title}
                </button>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  )
}
