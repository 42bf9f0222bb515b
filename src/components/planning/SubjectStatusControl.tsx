'use client'

import { Button, FieldLabel, useAuth, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { isDecider, subjectMovesFor, type SubjectStatus } from '../../lib/subjectFlow'
import { api, type ApiResult, failureText } from './api'
import { useNewsroomWords } from '../useNewsroomWords'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : value ? String(value) : null

/**
 * The subject's status with the moves this user may make, and "start the piece" once it is
 * assigned. Each action is a request the API checks again.
 */
export function SubjectStatusControl({ path = 'status' }: { path?: string }) {
  const { value } = useField<SubjectStatus>({ path })
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const assignee = useFormFields(([fields]) => idOf(fields.assignee?.value))
  const deliverable = useFormFields(([fields]) => fields.deliverable?.value)
  const targetType = useFormFields(([fields]) => fields.targetType?.value)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { say: word, t } = useNewsroomWords()

  const status: SubjectStatus = value ?? 'proposed'
  const roles = (user?.roles as string[]) ?? []
  const isAssignee = Boolean(user && assignee === String(user.id))
  const moves = id ? subjectMovesFor(status, roles, isAssignee) : []
  const canStart = Boolean(
    id &&
    !deliverable &&
    targetType &&
    assignee &&
    (isAssignee || isDecider(roles)) &&
    (status === 'assigned' || status === 'in-progress'),
  )

  async function run(request: () => Promise<ApiResult<unknown>>, then?: (data: unknown) => void) {
    setBusy(true)
    setError(null)
    const result = await request()
    if (!result.ok) {
      setError(failureText(result, t))
      setBusy(false)
      return
    }
    if (then) then(result.data)
    else window.location.reload()
  }

  return (
    <div className="field-type subject-status-control" data-subject-status={status}>
      <FieldLabel label={word('subjectStatus')} />
      <p>
        <strong>{word(`workState_${status}`)}</strong>
      </p>
      {!id && <p>{word('subjectSavedAsProposal')}</p>}
      {moves.map((to) => (
        <Button
          key={to}
          size="small"
          buttonStyle="secondary"
          disabled={busy}
          onClick={() => void run(() => api(`/api/subjects/${id}`, { method: 'PATCH', json: { status: to } }))}
        >
          → {word(`workState_${to}`)}
        </Button>
      ))}
      {canStart && (
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void run(
              () => api(`/api/subjects/${id}/start`, { method: 'POST' }),
              (data) => {
                window.location.href = (data as { adminUrl: string }).adminUrl
              },
            )
          }
        >
          {word('subjectStartPiece')}
        </Button>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </div>
  )
}
