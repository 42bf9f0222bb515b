'use client'

import { Button } from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import type { CalendarItem, CalendarType } from '../../calendar/items'
import { queryRange, shiftAnchor, visibleDays, type CalendarMode } from '../../lib/calendarGrid'
import { calendarDate } from '../../lib/isoWeek'
import { useNewsroomWords } from '../useNewsroomWords'
import { api, failureText, loadPeople, type Person } from './api'
import { CalendarGrid } from './CalendarGrid'
import { CalendarItemPanel } from './CalendarItemPanel'

const TYPES: CalendarType[] = ['publication', 'subject', 'event', 'meeting']
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'fr-FR')

/** The newsroom's calendar: what is due, scheduled or held, by month or week, for everyone or one person. */
export function Calendar() {
  const { say, language, t } = useNewsroomWords()
  const [mode, setMode] = useState<CalendarMode>('month')
  const [anchor, setAnchor] = useState(() => calendarDate(new Date()))
  const [types, setTypes] = useState<CalendarType[]>(TYPES)
  const [person, setPerson] = useState('')
  const [people, setPeople] = useState<Person[]>([])
  const [items, setItems] = useState<CalendarItem[]>([])
  const [selected, setSelected] = useState<CalendarItem | null>(null)
  const [error, setError] = useState<string | null>(null)

  const days = useMemo(() => visibleDays(mode, anchor), [mode, anchor])

  const load = useCallback(async () => {
    const { from, to } = queryRange(days)
    const query = new URLSearchParams({ from, to, types: types.join(',') })
    if (person) query.set('person', person)
    const result = types.length
      ? await api<{ items: CalendarItem[] }>(`/api/calendar?${query}`)
      : { ok: true as const, data: { items: [] } }
    if (result.ok) {
      setItems(result.data.items)
      setError(null)
    } else setError(failureText(result, t))
  }, [days, types, person, t])

  useEffect(() => {
    // Loading when the range or the filters change: the state is set when the answer arrives.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load()
  }, [load])
  useEffect(() => {
    void loadPeople().then(setPeople)
  }, [])

  const title =
    mode === 'month'
      ? new Date(`${anchor.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString(locale(language), {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        })
      : say('calendarWeekOf', {
          date: new Date(`${days[0]}T12:00:00Z`).toLocaleDateString(locale(language), {
            day: 'numeric',
            month: 'long',
          }),
        })

  return (
    <section className="planning-calendar" aria-label={say('calendar')}>
      <div className="planning-calendar__toolbar">
        <Button
          size="small"
          buttonStyle="secondary"
          onClick={() => setAnchor(shiftAnchor(mode, anchor, -1))}
          aria-label={say('calendarPrevious')}
        >
          ‹
        </Button>
        <Button size="small" buttonStyle="secondary" onClick={() => setAnchor(calendarDate(new Date()))}>
          {say('calendarToday')}
        </Button>
        <Button
          size="small"
          buttonStyle="secondary"
          onClick={() => setAnchor(shiftAnchor(mode, anchor, 1))}
          aria-label={say('calendarNext')}
        >
          ›
        </Button>
        <h2>{title}</h2>
        <div role="group" aria-label={say('calendarView')}>
          {(['month', 'week'] as CalendarMode[]).map((m) => (
            <Button key={m} size="small" buttonStyle={mode === m ? 'primary' : 'secondary'} onClick={() => setMode(m)}>
              {say(m === 'month' ? 'calendarMonth' : 'calendarWeek')}
            </Button>
          ))}
        </div>
      </div>
      <fieldset className="planning-calendar__filters">
        <legend>{say('calendarFilter')}</legend>
        {TYPES.map((type) => (
          <label key={type} className={`planning-calendar__type planning-calendar__type--${type}`}>
            <input
              type="checkbox"
              checked={types.includes(type)}
              onChange={(e) => setTypes(e.target.checked ? [...types, type] : types.filter((t) => t !== type))}
            />{' '}
            {say(`calendarType_${type}`)}
          </label>
        ))}
        <label>
          {say('calendarPerson')}{' '}
          <select value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{say('calendarEveryone')}</option>
            {people.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="planning-board__message planning-board__message--error">
          {error}
        </p>
      )}
      <div className="planning-calendar__body">
        <CalendarGrid
          mode={mode}
          language={language}
          days={days}
          month={anchor.slice(0, 7)}
          items={items}
          selected={selected}
          onSelect={setSelected}
        />
        {selected && (
          <CalendarItemPanel
            item={selected}
            onClose={() => setSelected(null)}
            onMoved={async () => {
              setSelected(null)
              await load()
            }}
          />
        )}
      </div>
    </section>
  )
}
