'use client'

import { Button, FieldLabel, useAuth, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useNewsroomWords } from '../useNewsroomWords'
import { api, failureText } from './api'

/**
 * On one's own account: a personal calendar link for a calendar app (Outlook, Google, Apple),
 * shown once when created, and revocable. Nobody else's link can be made or seen here.
 */
export function CalendarFeedControl() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { say, t } = useNewsroomWords()
  const [url, setUrl] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  if (!user || !id || String(user.id) !== String(id)) return null

  async function create() {
    const result = await api<{ url: string }>('/api/users/calendar-token', { method: 'POST' })
    if (result.ok) {
      setUrl(result.data.url)
      setMessage(say('calendarFeedCreated'))
    } else setMessage(failureText(result, t))
  }

  async function revoke() {
    const result = await api('/api/users/calendar-token', { method: 'DELETE' })
    setUrl(null)
    setMessage(result.ok ? say('calendarFeedRevoked') : failureText(result, t))
  }

  return (
    <div className="field-type calendar-feed-control">
      <FieldLabel label={say('calendarFeed')} />
      <p>{say('calendarFeedAbout')}</p>
      {url && (
        <input
          readOnly
          value={url}
          aria-label={say('calendarFeedLink')}
          onFocus={(e) => e.currentTarget.select()}
          style={{ width: '100%' }}
        />
      )}
      <Button size="small" buttonStyle="secondary" onClick={() => void create()}>
        {say('calendarFeedCreate')}
      </Button>
      <Button size="small" buttonStyle="subtle" onClick={() => void revoke()}>
        {say('calendarFeedRevoke')}
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
