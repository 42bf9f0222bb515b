'use client'

import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import type { PayloadRequest } from 'payload'
import React, { useEffect, useId, useState } from 'react'

import { retriesDeliveries } from '../access/retriesDeliveries'
import { NETWORKS, type DeliveryStatus, type Network } from '../distribution/types'
import { may } from '../lib/permissions'
import type { Delivery } from '../payload-types'
import { api, failureText } from './planning/api'
import { type Say, useNewsroomWords } from './useNewsroomWords'

type Lang = 'fr' | 'en'

const NETWORK_LABELS: Record<Network, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' }
const SYMBOLS: Record<DeliveryStatus, string> = {
  queued: '…',
  sending: '…',
  delivered: '✔',
  retrying: '✘',
  failed: '✘',
  cancelled: '⊘',
}
const COLORS: Partial<Record<DeliveryStatus, string>> = {
  delivered: 'var(--theme-success-500)',
  retrying: 'var(--theme-warning-500)',
  failed: 'var(--theme-error-500)',
}

// While a send is under way the line changes by itself: look again soon, or just after the planned retry.
const IN_FLIGHT_POLL_MS = 3_000
const AFTER_RETRY_MS = 2_000

/** Paris time; with the day when it is not today in Paris. */
function when(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return ''
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB'
  const zone = { timeZone: 'Europe/Paris' } as const
  const date = new Date(iso)
  const time = date.toLocaleTimeString(locale, { ...zone, hour: '2-digit', minute: '2-digit' })
  const day = (d: Date) => d.toLocaleDateString(locale, { ...zone, day: 'numeric', month: 'short' })
  return day(date) === day(new Date()) ? time : `${day(date)} ${time}`
}

type Line = { key: string; label: string; delivery: Delivery }

// Only admins and the community manager read destinations (they hold credentials): for the others
// a delivery's destination stays an id, and a send that is not a social post went to a webhook.
const UNNAMED_WEBHOOK = 'Site / webhook'

/** The latest delivery per destination and network (the list comes newest first), sites before networks. */
function latestLines(deliveries: Delivery[]): Line[] {
  const lines = new Map<string, Line>()
  for (const delivery of deliveries) {
    const destination = typeof delivery.destination === 'object' ? delivery.destination : null
    const key = `${String(destination?.id ?? delivery.destination)}:${delivery.network ?? ''}`
    const name = destination?.name ?? delivery.destinationName ?? UNNAMED_WEBHOOK
    if (!lines.has(key))
      lines.set(key, { key, label: delivery.network ? NETWORK_LABELS[delivery.network] : name, delivery })
  }
  const rank = (line: Line) => (line.delivery.network ? 1 + NETWORKS.indexOf(line.delivery.network) : 0)
  const sorted = [...lines.values()].sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label))
  // Two schedulers posting to the same network (or two unnamed webhooks): say which is which.
  const nameOf = ({ delivery: { destination, destinationName } }: Line) =>
    typeof destination === 'object' && destination ? destination.name : (destinationName ?? `n° ${destination}`)
  return sorted.map((line) =>
    sorted.filter((other) => other.label === line.label).length > 1
      ? { ...line, label: `${line.label} (${nameOf(line)})` }
      : line,
  )
}

function describe({ delivery }: Line, lang: Lang, say: Say): string {
  const t = (key: string) => say(`deliveriesSummary_${key}`)
  const code = delivery.attempts?.at(-1)?.statusCode
  const scheduledAt = (delivery.body as { scheduledAt?: string | null } | null)?.scheduledAt
  const words = (...parts: unknown[]) => parts.filter(Boolean).join(' ')
  const state = {
    delivered: scheduledAt
      ? words(t('scheduled'), when(scheduledAt, lang))
      : words(t('delivered'), when(delivery.deliveredAt, lang)),
    queued: t('queued'),
    sending: t('sending'),
    retrying: `${words(t('failed'), code)}, ${words(t('nextAttempt'), when(delivery.nextAttemptAt, lang))}`,
    failed: words(t('failed'), code),
    cancelled: t('cancelled'),
  }[delivery.status]
  // A first publication is the usual case: only the other events are named.
  const event = delivery.event === 'published' ? '' : t(`event_${delivery.event}`)
  return [event, state].filter(Boolean).join(' · ')
}

/** Milliseconds until the summary should look again by itself, or null when every line has settled. */
function nextLook(lines: Line[]): number | null {
  const waits = lines.map(({ delivery }) => {
    if (delivery.status === 'queued' || delivery.status === 'sending') return IN_FLIGHT_POLL_MS
    if (delivery.status === 'retrying' && delivery.nextAttemptAt)
      return Math.max(IN_FLIGHT_POLL_MS, Date.parse(delivery.nextAttemptAt) - Date.now() + AFTER_RETRY_MS)
    return null
  })
  const pending = waits.filter((wait): wait is number => wait !== null)
  return pending.length ? Math.min(...pending) : null
}

/**
 * Where this piece went and how it went, from the deliveries the platform recorded: the newest
 * send per destination and network. Read again after each save of the document, since publishing
 * is what queues sends, and while a send is still under way.
 */
export function DeliveriesSummary() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { user } = useAuth()
  const { say, language, t: translator } = useNewsroomWords()
  const lang: Lang = language === 'en' ? 'en' : 'fr'
  const t = (key: string) => say(`deliveriesSummary_${key}`)
  const titleId = useId()
  const [lines, setLines] = useState<Line[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [tick, setTick] = useState(0)

  const readable = may(user?.roles as string[] | undefined, 'deliveries', 'read')
  // The endpoint checks the same rule again; the button only spares a refusal.
  const mayRetry = retriesDeliveries({ req: { user } as unknown as PayloadRequest })

  useEffect(() => {
    if (!id || !collectionSlug || !readable) return
    let current = true
    const query = `where[itemCollection][equals]=${encodeURIComponent(collectionSlug)}&where[itemId][equals]=${encodeURIComponent(String(id))}`
    void api<{ docs: Delivery[] }>(`/api/deliveries?${query}&depth=1&sort=-createdAt&limit=30`).then((result) => {
      if (!current) return
      setError(result.ok ? null : failureText(result, translator))
      if (result.ok) setLines(latestLines(result.data.docs))
    })
    return () => {
      current = false
    }
  }, [id, collectionSlug, readable, lastUpdateTime, tick, translator])

  useEffect(() => {
    const wait = lines && nextLook(lines)
    if (!wait) return
    const timer = setTimeout(() => setTick((n) => n + 1), wait)
    return () => clearTimeout(timer)
  }, [lines])

  if (!id || !readable) return null

  async function retry(delivery: Delivery) {
    setBusy(delivery.id.toString())
    const result = await api(`/api/deliveries/${delivery.id}/retry`, { method: 'POST' })
    setError(result.ok ? null : failureText(result, translator))
    setBusy(null)
    setTick((n) => n + 1)
  }

  return (
    <div className="field-type deliveries-summary" style={{ marginBottom: 'var(--base)' }}>
      <span id={titleId} className="field-label">
        {t('title')}
      </span>
      {lines?.length === 0 && <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{t('none')}</p>}
      {lines && lines.length > 0 && (
        <ul aria-labelledby={titleId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {lines.map((line) => {
            const { delivery } = line
            const retryable = mayRetry && (delivery.status === 'failed' || delivery.status === 'retrying')
            return (
              <li
                key={line.key}
                className="deliveries-summary__line"
                data-status={delivery.status}
                title={delivery.result ?? undefined}
                style={{
                  display: 'flex',
                  flexWrap: 'wrap',
                  alignItems: 'center',
                  gap: 'calc(var(--base) / 4)',
                  padding: 'calc(var(--base) / 8) 0',
                }}
              >
                <strong>{line.label}</strong>
                <span aria-hidden="true" style={{ color: COLORS[delivery.status] }}>
                  {SYMBOLS[delivery.status]}
                </span>
                <span>{describe(line, lang, say)}</span>
                {retryable && (
                  <Button
                    buttonStyle="secondary"
                    size="xsmall"
                    margin={false}
                    disabled={busy !== null}
                    aria-label={`${t('retry')} (${line.label})`}
                    onClick={() => void retry(delivery)}
                  >
                    {t('retry')}
                  </Button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {error && (
        <p role="alert" style={{ margin: 0, color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </div>
  )
}
