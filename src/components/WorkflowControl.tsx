'use client'

import { Button, FieldLabel, useAuth, useDocumentInfo, useField, useForm, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { transitionsFor, type WorkflowStatus } from '../lib/workflow'

const LABELS: Record<string, Record<WorkflowStatus, string>> = {
  fr: { draft: 'Brouillon', 'in-review': 'En relecture', 'changes-requested': 'Modifications demandées', approved: 'Validé' },
  en: { draft: 'Draft', 'in-review': 'In review', 'changes-requested': 'Changes requested', approved: 'Approved' },
}

const ACTIONS: Record<string, Record<WorkflowStatus, string>> = {
  fr: { draft: 'Repasser en brouillon', 'in-review': 'Soumettre à relecture', 'changes-requested': 'Demander des modifications', approved: 'Valider' },
  en: { draft: 'Back to draft', 'in-review': 'Submit for review', 'changes-requested': 'Request changes', approved: 'Approve' },
}

const idOf = (value: unknown) => String(value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * The review step and the moves this user may make from it. Each move is a request to the API,
 * which checks it again: the buttons only spare people from asking for what they may not do.
 */
export function WorkflowControl({ path = 'workflowStatus' }: { path?: string }) {
  const { value } = useField<WorkflowStatus>({ path })
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { getData } = useForm()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const createdBy = useFormFields(([fields]) => fields.createdBy?.value)
  const authors = useFormFields(([fields]) => fields.authors?.value)
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const status: WorkflowStatus = value ?? 'draft'
  const owner = Boolean(user && (idOf(createdBy) === String(user.id) || (Array.isArray(authors) && authors.some((a) => idOf(a) === String(user.id)))))
  const moves = id ? transitionsFor(status, (user?.roles as string[]) ?? [], owner) : []

  async function move(to: WorkflowStatus) {
    setBusy(true)
    setError(null)
    // The move carries what is on screen, so an edit typed since the last autosave goes with it.
    const response = await fetch(`/api/${collectionSlug}/${id}?draft=true&depth=0&locale=${locale.code}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...getData(), workflowStatus: to, ...(to === 'changes-requested' ? { reviewNote: note } : {}) }),
    })
    if (response.ok) {
      window.location.reload()
      return
    }
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
    setError(body.errors?.map((e) => e.message).join(' ') ?? `HTTP ${response.status}`)
    setBusy(false)
  }

  return (
    <div className="field-type workflow-control" data-workflow-status={status}>
      <FieldLabel label={lang === 'fr' ? 'Étape de relecture' : 'Review status'} />
      <p className="workflow-control__status">
        <strong>{LABELS[lang][status]}</strong>
      </p>
      {!id && <p>{lang === 'fr' ? 'Enregistrez le brouillon pour le soumettre.' : 'Save the draft to submit it.'}</p>}
      {moves.includes('changes-requested') && (
        <textarea
          aria-label={lang === 'fr' ? 'Commentaire (facultatif)' : 'Comment (optional)'}
          placeholder={lang === 'fr' ? 'Commentaire pour l’auteur (facultatif)' : 'Comment for the author (optional)'}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={3}
          style={{ width: '100%', marginBottom: 8 }}
        />
      )}
      {moves.map((to) => (
        <Button key={to} buttonStyle={to === 'approved' || to === 'in-review' ? 'primary' : 'secondary'} size="small" disabled={busy} onClick={() => void move(to)}>
          {ACTIONS[lang][to]}
        </Button>
      ))}
      {error && (
        <p role="alert" className="workflow-control__error" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </div>
  )
}
