'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import type { CalendarItem, CalendarType } from '../../calendar/items'
import { queryRange, shiftAnchor, visibleDays, type CalendarMode } from '../../lib/calendarGrid'
import { calendarDate } from '../../lib/isoWeek'
import { api, failureText, loadPeople, type Person } from './api'
import { CalendarGrid } from './CalendarGrid'
import { CalendarItemPanel } from './CalendarItemPanel'

export const TYPE_LABELS: Record<CalendarType, string> = {
  publication: 'Publications',
  subject: 'Échéances',
  event: 'Événements',
  meeting: 'Conférences',
}
const TYPES = Object.keys(TYPE_LABELS) as CalendarType[]
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** The newsroom's calendar: what is due, scheduled or held, by month or week, for everyone or one person. */
export function Calendar() {
  const { t } = useTranslation()
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
      ? MONTH.format(new Date(`${anchor.slice(0, 7)}-01T00:00:00Z`))
      : `Semaine du ${new Date(`${days[0]}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' })}`

  return (
    <section className="planning-calendar" aria-label="Calendrier">
      <div className="planning-calendar__toolbar">
        <Button
          size="small"
          buttonStyle="secondary"
          onClick={() => setAnchor(shiftAnchor(mode, anchor, -1))}
          aria-label="Précédent"
        >
          ‹
        </Button>
        <Button size="small" buttonStyle="secondary" onClick={() => setAnchor(calendarDate(new Date()))}>
          Aujourd’hui
        </Button>
        <Button
          size="small"
          buttonStyle="secondary"
          onClick={() => setAnchor(shiftAnchor(mode, anchor, 1))}
          aria-label="Suivant"
        >
          ›
        </Button>
        <h2>{title}</h2>
        <div role="group" aria-label="Affichage">
          {(['month', 'week'] as CalendarMode[]).map((m) => (
            <Button key={m} size="small" buttonStyle={mode === m ? 'primary' : 'secondary'} onClick={() => setMode(m)}>
              {m === 'month' ? 'Mois' : 'Semaine'}
            </Button>
          ))}
        </div>
      </div>
      <fieldset className="planning-calendar__filters">
        <legend>Filtrer</legend>
        {TYPES.map((type) => (
          <label key={type} className={`planning-calendar__type planning-calendar__type--${type}`}>
            <input
              type="checkbox"
              checked={types.includes(type)}
              onChange={(e) => setTypes(e.target.checked ? [...types, type] : types.filter((t) => t !== type))}
            />{' '}
            {TYPE_LABELS[type]}
          </label>
        ))}
        <label>
          Personne{' '}
          <select value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">Tout le monde</option>
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
