'use client'

import { Button, useAuth, useDocumentInfo, useForm, useFormFields, useFormModified, useLocale } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useRef, useState, useTransition } from 'react'

import { primaryMove } from '../lib/reviewStep'
import { transitionsFor, type WorkflowStatus } from '../lib/workflow'
import { useNewsroomWords } from './useNewsroomWords'

const idOf = (value: unknown) => String(value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * The review step, in the document's header, and the moves this user may make from it: the next
 * forward step first, the others beside it. Each move is a request to the API, which checks it
 * again: the buttons only spare people from asking for what they may not do.
 */
export function WorkflowControl() {
  const { id, collectionSlug, unlockDocument } = useDocumentInfo()
  const { user } = useAuth()
  const { getData, setModified } = useForm()
  const modified = useFormModified()
  const locale = useLocale()
  const { say, language } = useNewsroomWords()
  const value = useFormFields(([fields]) => fields.workflowStatus?.value) as WorkflowStatus | undefined
  const createdBy = useFormFields(([fields]) => fields.createdBy?.value)
  const authors = useFormFields(([fields]) => fields.authors?.value)
  const [note, setNote] = useState('')
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Set at once on a click, where `busy` waits for the next render: a second click meanwhile sends nothing.
  const moving = useRef(false)
  const router = useRouter()
  const [refreshing, startRefresh] = useTransition()

  const status: WorkflowStatus = value ?? 'draft'
  const owner = Boolean(
    user &&
    (idOf(createdBy) === String(user.id) ||
      (Array.isArray(authors) && authors.some((a) => idOf(a) === String(user.id)))),
  )
  const moves = id ? transitionsFor(status, (user?.roles as string[]) ?? [], owner) : []
  const primary = primaryMove(status, moves)
  const ordered = primary ? [primary, ...moves.filter((to) => to !== primary)] : moves

  async function move(to: WorkflowStatus) {
    if (moving.current || refreshing) return
    moving.current = true
    setBusy(true)
    setError(null)
    // Payload's form takes the edit lock again on its next change; the piece is about to be handed
    // over (the write releases the lock), so this tab stops asking for it before the move is sent.
    const wasModified = modified
    setModified(false)
    // The move carries what is on screen, so an edit typed since the last autosave goes with it. It is
    // sent as the admin's own saves are (the form's data as `_payload`), which Payload reads the same way.
    const body = new FormData()
    body.append(
      '_payload',
      JSON.stringify({ ...getData(), workflowStatus: to, ...(to === 'changes-requested' ? { reviewNote: note } : {}) }),
    )
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}?draft=true&depth=0&locale=${locale.code}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'accept-language': language },
        body,
      })
      if (response.ok) {
        // Read to its end: the browser counts an answer left unread as a request still under way.
        await response.arrayBuffer()
        // A form-state request already under way may have taken the lock again after the write.
        if (id !== undefined && id !== null && collectionSlug) await unlockDocument(id, collectionSlug)
        // The view is drawn again from the server in place, form, header and version tag alike, rather than
        // reloaded: a reload fetches and starts the whole admin again, a long wait on a busy machine during
        // which the page still shows the step just left. The moves stay disabled until the new step shows.
        setAsking(false)
        setNote('')
        startRefresh(() => router.refresh())
      } else {
        const refusal = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
        setError(refusal.errors?.map((e) => e.message).join(' ') ?? `HTTP ${response.status}`)
        setModified(wasModified)
      }
    } finally {
      moving.current = false
      setBusy(false)
    }
  }

  return (
    <div className="workflow-control review-step" data-workflow-status={status}>
      <span className="review-step__label">{say('reviewStep')}</span>
      <span className="review-step__badge" data-workflow-status={status}>
        {say(`workState_${status}`)}
      </span>
      {!id && <span className="review-step__hint">{say('reviewSaveFirst')}</span>}
      {!asking &&
        ordered.map((to) => (
          <Button
            key={to}
            buttonStyle={to === primary ? 'primary' : 'secondary'}
            size="medium"
            disabled={busy || refreshing}
            className={`review-step__move${to === primary ? ' review-step__move--primary' : ''}`}
            onClick={() => (to === 'changes-requested' ? setAsking(true) : void move(to))}
          >
            {say(`reviewMove_${to}`)}
          </Button>
        ))}
      {asking && (
        <div className="review-step__request">
          <textarea
            aria-label={say('reviewNote')}
            placeholder={say('reviewNote')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={3}
          />
          <Button
            buttonStyle="primary"
            size="medium"
            disabled={busy || refreshing}
            onClick={() => void move('changes-requested')}
          >
            {say('reviewSend')}
          </Button>
          <Button buttonStyle="secondary" size="medium" disabled={busy || refreshing} onClick={() => setAsking(false)}>
            {say('reviewCancel')}
          </Button>
        </div>
      )}
      {error && (
        <p role="alert" className="workflow-control__error">
          {error}
        </p>
      )}
    </div>
  )
}
