'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { SendCounts } from '../lib/press/sendCounts'
import { api } from './planning/api'
import { useNewsroomWords } from './useNewsroomWords'

const WORDS = ['title', 'none', 'recipients', 'sent', 'failed', 'pending', 'cancelled'] as const

const POLL_MS = 3_000

/** The release's e-mails to the press lists, counted: sent, failed, still going, cancelled (opt-outs). */
export function PressSendSummary() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { say } = useNewsroomWords()
  const t = Object.fromEntries(WORDS.map((key) => [key, say(`pressSend_${key}`)])) as Record<
    (typeof WORDS)[number],
    string
  >
  const [counts, setCounts] = useState<SendCounts | null>(null)
  const [tick, setTick] = useState(0)

  useEffect(() => {
    if (!id) return
    let current = true
    void api<SendCounts>(`/api/press-releases/${id}/send-summary`).then((result) => {
      if (current && result.ok) setCounts(result.data)
    })
    return () => {
      current = false
    }
  }, [id, lastUpdateTime, tick])

  useEffect(() => {
    if (!counts?.pending) return
    const timer = setTimeout(() => setTick((n) => n + 1), POLL_MS)
    return () => clearTimeout(timer)
  }, [counts])

  if (!id || !counts) return null
  const line = (value: number, label: string, color?: string) => (
    <li data-count={label} style={{ color }}>
      <strong>{value}</strong> {label}
    </li>
  )
  return (
    <div className="field-type press-send-summary" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">{t.title}</span>
      {counts.recipients === 0 ? (
        <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{t.none}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {line(counts.recipients, t.recipients)}
          {line(counts.sent, t.sent, 'var(--theme-success-500)')}
          {counts.failed > 0 && line(counts.failed, t.failed, 'var(--theme-error-500)')}
          {counts.pending > 0 && line(counts.pending, t.pending)}
          {counts.cancelled > 0 && line(counts.cancelled, t.cancelled)}
        </ul>
      )}
    </div>
  )
}
