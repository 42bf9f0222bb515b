'use client'

import { Button, FieldLabel, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { api, failureText } from './api'

/**
 * On one's own account: a personal calendar link for a calendar app (Outlook, Google, Apple),
 * shown once when created, and revocable. Nobody else's link can be made or seen here.
 */
export function CalendarFeedControl() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { t } = useTranslation()
  const [url, setUrl] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  if (!user || !id || String(user.id) !== String(id)) return null

  async function create() {
    const result = await api<{ url: string }>('/api/users/calendar-token', { method: 'POST' })
    if (result.ok) {
      setUrl(result.data.url)
      setMessage('Copiez ce lien maintenant : il ne sera plus affiché. Un nouveau lien remplace l’ancien.')
    } else setMessage(failureText(result, t))
  }

  async function revoke() {
    const result = await api('/api/users/calendar-token', { method: 'DELETE' })
    setUrl(null)
    setMessage(result.ok ? 'Lien révoqué : les agendas abonnés ne se mettront plus à jour.' : failureText(result, t))
  }

  return (
    <div className="field-type calendar-feed-control">
      <FieldLabel label="Agenda personnel (iCalendar)" />
      <p>Vos échéances, vos conférences et les publications programmées, dans votre application d’agenda.</p>
      {url && (
        <input
          readOnly
          value={url}
          aria-label="Lien d’abonnement"
          onFocus={(e) => e.currentTarget.select()}
          style={{ width: '100%' }}
        />
      )}
      <Button size="small" buttonStyle="secondary" onClick={() => void create()}>
        Créer un nouveau lien
      </Button>
      <Button size="small" buttonStyle="subtle" onClick={() => void revoke()}>
        Révoquer le lien
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
