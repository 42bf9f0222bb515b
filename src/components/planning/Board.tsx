'use client'

import { Button } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { weekMessage } from '../../lib/board'
import { formId } from '../../lib/ids'
import { mondayOf } from '../../lib/isoWeek'
import { api, type ApiFailure, failureText, frDate, loadPeople, type Person } from './api'
import type { BoardData, DecisionInput } from './boardTypes'
import { SubjectCard } from './SubjectCard'
import { useNewsroomWords } from '../useNewsroomWords'

type CloseResult = {
  message: string
  applied: unknown[]
  carriedOver: unknown[]
  nextMeeting: { id: number; week: string } | null
}
type Meeting = {
  decisions?: {
    subject: number | { id: number }
    decision: string
    assignee?: unknown
    dueDate?: string | null
    note?: string | null
  }[]
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number))

/**
 * The week's board: a column per subject status, a card per subject. Every action is a request to
 * the API, which checks it again; a refusal shows the server's own explanation.
 */
export function Board({ meetingId }: { meetingId: string }) {
  const [board, setBoard] = useState<BoardData | null>(null)
  const [people, setPeople] = useState<Person[]>([])
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const { say, language, t } = useNewsroomWords()

  const reload = useCallback(async () => {
    const result = await api<BoardData>(`/api/editorial-meetings/${meetingId}/board`)
    if (result.ok) setBoard(result.data)
    else setMessage({ kind: 'error', text: failureText(result, t) })
  }, [meetingId, t])

  useEffect(() => {
    // Loading when the meeting changes: the state is set when the answer arrives.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload()
    void loadPeople().then(setPeople)
  }, [reload])

  /** Runs one request; on success reloads the board, on refusal shows why. */
  async function act(run: () => Promise<{ ok: true } | ApiFailure>, success?: string) {
    setBusy(true)
    setMessage(null)
    const result = await run()
    if (result.ok) {
      await reload()
      if (success) setMessage({ kind: 'info', text: success })
    } else setMessage({ kind: 'error', text: failureText(result, t) })
    setBusy(false)
  }

  const move = (subject: number, status: string, assignee?: number | string) =>
    act(() =>
      api(`/api/subjects/${subject}`, {
        method: 'PATCH',
        json: { status, ...(assignee ? { assignee: formId(String(assignee)) } : {}) },
      }),
    )

  const decide = (subject: number, decision: DecisionInput | null) =>
    act(
      async () => {
        const current = await api<Meeting>(`/api/editorial-meetings/${meetingId}?depth=0`)
        if (!current.ok) return current
        const others = (current.data.decisions ?? [])
          .filter((d) => String(idOf(d.subject)) !== String(subject))
          .map((d) => ({ ...d, subject: idOf(d.subject), assignee: d.assignee ? idOf(d.assignee) : null }))
        const decisions = decision ? [...others, { subject, ...decision }] : others
        return api(`/api/editorial-meetings/${meetingId}`, { method: 'PATCH', json: { decisions } })
      },
      say(decision ? 'boardDecisionSaved' : 'boardDecisionRemoved'),
    )

  const open = () =>
    act(
      () => api(`/api/editorial-meetings/${meetingId}`, { method: 'PATCH', json: { status: 'open' } }),
      say('boardOpened'),
    )

  const close = () =>
    act(async () => {
      const result = await api<CloseResult>(`/api/editorial-meetings/${meetingId}/close`, { method: 'POST' })
      if (!result.ok) return result
      const next = result.data.nextMeeting
        ? say('boardCarriedOver', { count: result.data.carriedOver.length, week: result.data.nextMeeting.week })
        : ''
      setTimeout(() =>
        setMessage({
          kind: 'info',
          text: `${say('boardClosed', { count: result.data.applied.length })}${next}`,
        }),
      )
      return { ok: true }
    })

  if (!board) return <p className="planning-board__loading">{message?.text ?? say('boardLoading')}</p>
  const { meeting, canDecide } = board
  const monday = mondayOf(meeting.week)
  const week = monday ? weekMessage(meeting.week, monday, language) : null
  const weekLabel = week ? say(week.key, week.vars) : meeting.week
  return (
    <section className="planning-board" aria-label={weekLabel}>
      <header className="planning-board__header">
        <div>
          <h2>
            {weekLabel} · {say(`boardMeeting_${meeting.status}`)}
          </h2>
          <p>
            {frDate(meeting.date, true, language)}
            {meeting.facilitator ? say('boardFacilitator', { name: meeting.facilitator.name }) : ''}
            {meeting.attendees.length ? ` · ${meeting.attendees.map((a) => a.name).join(', ')}` : ''}
          </p>
        </div>
        <div className="planning-board__actions">
          {canDecide && meeting.status === 'planned' && (
            <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => void open()}>
              {say('boardOpen')}
            </Button>
          )}
          {canDecide && meeting.status === 'open' && (
            <Button size="small" disabled={busy} onClick={() => void close()}>
              {say('boardClose')}
            </Button>
          )}
          <a className="btn btn--style-secondary btn--size-small" href={`/admin/collections/subjects/create`}>
            {say('boardPropose')}
          </a>
        </div>
      </header>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`planning-board__message planning-board__message--${message.kind}`}
        >
          {message.text}
        </p>
      )}
      <div className="planning-board__columns">
        {board.columns.map((column) => (
          <section
            key={column.status}
            className="planning-board__column"
            aria-label={say(`workState_${column.status}`)}
            data-status={column.status}
          >
            <h3>
              {say(`workState_${column.status}`)}{' '}
              <span className="planning-board__count">{column.subjects.length}</span>
            </h3>
            {column.subjects.map((card) => (
              <SubjectCard
                key={card.id}
                card={card}
                people={people}
                busy={busy}
                canDecide={canDecide && meeting.status !== 'closed'}
                onMove={move}
                onDecide={decide}
              />
            ))}
          </section>
        ))}
      </div>
    </section>
  )
}
