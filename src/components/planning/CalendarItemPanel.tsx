'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { CalendarItem } from '../../calendar/items'
import { SUBJECT_STATUSES } from '../../lib/subjectFlow'
import { calendarDate } from '../../lib/isoWeek'
import { useNewsroomWords } from '../useNewsroomWords'
import { api, failureText, frDate } from './api'

/** A browser's datetime-local value for an instant, in the browser's own time zone. */
function localInput(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

type Props = { item: CalendarItem; onClose: () => void; onMoved: () => Promise<void> }

/**
 * One item: open it, or move it to another date. The server decides whether the move is allowed
 * (approved piece, embargo, closed meeting, who may…) and its refusal is shown as it is given.
 */
export function CalendarItemPanel({ item, onClose, onMoved }: Props) {
  const [value, setValue] = useState(item.allDay ? calendarDate(new Date(item.start)) : localInput(item.start))
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { say, language, t } = useNewsroomWords()
  // A subject's step has the board's word for it; the other items' states have the calendar's.
  const state = (status: string) =>
    (SUBJECT_STATUSES as readonly string[]).includes(status)
      ? say(`workState_${status}`).toLocaleLowerCase(language)
      : say(`calendarState_${status}`)

  async function reschedule() {
    setBusy(true)
    setMessage(null)
    const at = item.allDay ? `${value}T12:00:00.000Z` : new Date(value).toISOString()
    const result = await api('/api/calendar/reschedule', { method: 'POST', json: { type: item.type, id: item.id, at } })
    setBusy(false)
    if (result.ok) await onMoved()
    else setMessage(failureText(result, t))
  }

  return (
    <aside className="planning-calendar__panel" aria-label={say('calendarDetails')}>
      <p className="planning-calendar__kind">{say(`calendarKind_${item.type}`)}</p>
      <h3>{item.title}</h3>
      <p>
        {frDate(item.start, !item.allDay, language)}
        {item.status ? ` · ${state(item.status)}` : ''}
      </p>
      <p>
        <a href={item.href}>{say('calendarOpen')}</a>
      </p>
      <label htmlFor="reschedule-at">{say('calendarNewDate')}</label>
      <input
        id="reschedule-at"
        type={item.allDay ? 'date' : 'datetime-local'}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <div className="planning-decision__buttons">
        <Button size="small" disabled={busy || !value} onClick={() => void reschedule()}>
          {say('calendarReschedule')}
        </Button>
        <Button size="small" buttonStyle="subtle" onClick={onClose}>
          {say('calendarClose')}
        </Button>
      </div>
      {message && (
        <p role="alert" className="planning-board__message planning-board__message--error">
          {message}
        </p>
      )}
    </aside>
  )
}
