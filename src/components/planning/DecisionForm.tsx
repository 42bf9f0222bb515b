'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { formId } from '../../lib/ids'
import type { Person } from './api'
import type { Card, DecisionInput } from './boardTypes'
import { useNewsroomWords } from '../useNewsroomWords'

const CHOICES = ['accepted', 'assigned', 'postponed', 'rejected']

type Props = {
  card: Card
  people: Person[]
  busy: boolean
  onSave: (decision: DecisionInput | null) => void
  onCancel: () => void
}

/**
 * Records what the meeting decides for one subject. Nothing changes on the subject until the
 * meeting is closed, which applies every decision at once.
 */
export function DecisionForm({ card, people, busy, onSave, onCancel }: Props) {
  const recorded = card.decision
  const [decision, setDecision] = useState(recorded?.decision ?? 'accepted')
  const [assignee, setAssignee] = useState(
    recorded?.assignee ? String(recorded.assignee.id) : card.assignee ? String(card.assignee.id) : '',
  )
  const [dueDate, setDueDate] = useState((recorded?.dueDate ?? card.dueDate ?? '').slice(0, 10))
  const [note, setNote] = useState(recorded?.note ?? '')
  const id = `decision-${card.id}`
  const { say } = useNewsroomWords()

  return (
    <form
      className="planning-decision"
      onSubmit={(event) => {
        event.preventDefault()
        onSave({
          decision,
          assignee: assignee ? formId(assignee) : null,
          dueDate: dueDate ? `${dueDate}T12:00:00.000Z` : null,
          note: note || null,
        })
      }}
    >
      <label htmlFor={`${id}-decision`}>{say('boardDecision')}</label>
      <select id={`${id}-decision`} value={decision} onChange={(e) => setDecision(e.target.value)}>
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {say(`decisionChoice_${choice}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-assignee`}>{say('boardAssignee')}</label>
      <select
        id={`${id}-assignee`}
        value={assignee}
        onChange={(e) => setAssignee(e.target.value)}
        required={decision === 'assigned'}
      >
        <option value="">—</option>
        {people.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-due`}>{say('boardDue')}</label>
      <input id={`${id}-due`} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      <label htmlFor={`${id}-note`}>{say('decisionNote')}</label>
      <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="planning-decision__buttons">
        <Button size="small" type="submit" disabled={busy}>
          {say('decisionSave')}
        </Button>
        {recorded && (
          <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => onSave(null)}>
            {say('decisionRemove')}
          </Button>
        )}
        <Button size="small" buttonStyle="subtle" onClick={onCancel}>
          {say('decisionCancel')}
        </Button>
      </div>
    </form>
  )
}
