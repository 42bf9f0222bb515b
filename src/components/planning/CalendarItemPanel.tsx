'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { CalendarItem } from '../../calendar/items'
import { SUBJECT_STATUS_LABELS } from '../../lib/board'
import { calendarDate } from '../../lib/isoWeek'
import { api, failureText, frDate } from './api'

const STATUS: Record<string, string> = {
  ...SUBJECT_STATUS_LABELS,
  planned: 'prévue',
  open: 'en cours',
  closed: 'close',
  draft: 'brouillon',
  published: 'publié',
  publish: 'mise en ligne',
  unpublish: 'retrait',
}
const KIND = {
  publication: 'Publication programmée',
  subject: 'Échéance d’un sujet',
  event: 'Événement',
  meeting: 'Conférence de rédaction',
}

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
  const { t } = useTranslation()

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
    <aside className="planning-calendar__panel" aria-label="Détails">
      <p className="planning-calendar__kind">{KIND[item.type]}</p>
      <h3>{item.title}</h3>
      <p>
        {frDate(item.start, !item.allDay)}
        {item.status ? ` · ${STATUS[item.status] ?? item.status}` : ''}
      </p>
      <p>
        <a href={item.href}>Ouvrir</a>
      </p>
      <label htmlFor="reschedule-at">Nouvelle date</label>
      <input
        id="reschedule-at"
        type={item.allDay ? 'date' : 'datetime-local'}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <div className="planning-decision__buttons">
        <Button size="small" disabled={busy || !value} onClick={() => void reschedule()}>
          Replanifier
        </Button>
        <Button size="small" buttonStyle="subtle" onClick={onClose}>
          Fermer
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
