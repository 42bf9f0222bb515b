'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { decisionMessage } from '../../lib/board'
import type { SubjectStatus } from '../../lib/subjectFlow'
import { frDate, type Person } from './api'
import type { Card, DecisionInput } from './boardTypes'
import { DecisionForm } from './DecisionForm'

const PRIORITIES = ['urgent', 'high', 'low']

type Props = {
  card: Card
  people: Person[]
  busy: boolean
  canDecide: boolean
  onMove: (subject: number, status: SubjectStatus, assignee?: number | string) => void
  onDecide: (subject: number, decision: DecisionInput | null) => void
}

/** One subject on the board: what it is, who has it, where its piece stands, and what this user may do with it. */
export function SubjectCard({ card, people, busy, canDecide, onMove, onDecide }: Props) {
  const [assignee, setAssignee] = useState<string>(card.assignee ? String(card.assignee.id) : '')
  const [deciding, setDeciding] = useState(false)
  const needsAssignee = card.moves.includes('assigned') && !card.assignee
  const piece = card.deliverable
  const { t, i18n } = useTranslation()
  const say = (message: { key: string; vars?: Record<string, string | number> }) =>
    (t as (key: string, vars?: object) => string)(`newsroom:${message.key}`, message.vars)
  const word = (key: string, vars?: Record<string, string | number>) => say({ key, vars })

  return (
    <article className="planning-card" data-priority={card.priority} data-on-agenda={card.onAgenda}>
      <h4>
        <a href={`/admin/collections/subjects/${card.id}`}>{card.title}</a>
      </h4>
      {!card.onAgenda && <span className="planning-card__off-agenda">{say({ key: 'boardOffAgenda', vars: {} })}</span>}
      {PRIORITIES.includes(card.priority) && (
        <span className={`planning-card__priority planning-card__priority--${card.priority}`}>
          {word(`boardPriority_${card.priority}`)}
        </span>
      )}
      {card.angle && <p className="planning-card__angle">{card.angle}</p>}
      <dl className="planning-card__facts">
        {card.assignee && (
          <>
            <dt>{word('boardAssignee')}</dt>
            <dd>{card.assignee.name}</dd>
          </>
        )}
        {card.dueDate && (
          <>
            <dt>{word('boardDue')}</dt>
            <dd>{frDate(card.dueDate, false, i18n.language)}</dd>
          </>
        )}
        {piece && (
          <>
            <dt>{word('boardPiece')}</dt>
            <dd>
              <a href={`/admin/collections/${piece.collection}/${piece.id}`}>{piece.title ?? `#${piece.id}`}</a>{' '}
              {piece.status === 'published'
                ? `· ${word('boardPiecePublished')}`
                : piece.workflowStatus
                  ? `· ${word(`workState_${piece.workflowStatus}`).toLocaleLowerCase(i18n.language)}`
                  : ''}
            </dd>
          </>
        )}
        {card.decision && (
          <>
            <dt>{say({ key: 'boardDecision', vars: {} })}</dt>
            <dd className="planning-card__decision">
              {say(decisionMessage(card.decision, i18n.language))}
              {card.decision.note ? ` — « ${card.decision.note} »` : ''}
            </dd>
          </>
        )}
      </dl>
      {card.moves.length > 0 && (
        <div className="planning-card__moves">
          {needsAssignee && (
            <select
              aria-label={word('boardAssignSubject', { title: card.title })}
              value={assignee}
              onChange={(e) => setAssignee(e.target.value)}
            >
              <option value="">{word('boardAssignTo')}</option>
              {people.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
          {card.moves.map((to) => (
            <Button
              key={to}
              size="small"
              buttonStyle="secondary"
              disabled={busy || (to === 'assigned' && !card.assignee && !assignee)}
              onClick={() => onMove(card.id, to, to === 'assigned' ? assignee : undefined)}
            >
              → {word(`workState_${to}`)}
            </Button>
          ))}
        </div>
      )}
      {canDecide && !deciding && (
        <Button size="small" buttonStyle="subtle" onClick={() => setDeciding(true)} disabled={busy}>
          {word(card.decision ? 'boardChangeDecision' : 'boardDecide')}
        </Button>
      )}
      {canDecide && deciding && (
        <DecisionForm
          card={card}
          people={people}
          busy={busy}
          onCancel={() => setDeciding(false)}
          onSave={(decision) => {
            setDeciding(false)
            onDecide(card.id, decision)
          }}
        />
      )}
    </article>
  )
}
