import React from 'react'

import { now } from '../lib/clock'

/** One click to the guides whose review date has passed, oldest first, above the list. */
export function OverdueGuidesLink({ i18n }: { i18n: { t: (key: string) => string } }) {
  const say = (key: string) => i18n.t(`newsroom:${key}`)
  const query = new URLSearchParams({ 'where[reviewDueAt][less_than]': now().toISOString(), sort: 'reviewDueAt' })
  return (
    <p className="overdue-guides-link" style={{ marginBottom: 'var(--base)' }}>
      <a href={`/admin/collections/guides?${query}`}>{say('guidesOverdueLink')}</a>
      {' · '}
      <a href="/admin/collections/guides">{say('guidesAllLink')}</a>
    </p>
  )
}
