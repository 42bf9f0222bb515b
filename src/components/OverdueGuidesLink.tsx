import React from 'react'

import { now } from '../lib/clock'

/** One click to the guides whose review date has passed, oldest first, above the list. */
export function OverdueGuidesLink({ i18n }: { i18n?: { language: string } }) {
  const fr = i18n?.language !== 'en'
  const query = new URLSearchParams({ 'where[reviewDueAt][less_than]': now().toISOString(), sort: 'reviewDueAt' })
  return (
    <p className="overdue-guides-link" style={{ marginBottom: 'var(--base)' }}>
      <a href={`/admin/collections/guides?${query}`}>
        {fr ? 'Afficher les fiches à relire en retard' : 'Show overdue guides'}
      </a>
      {' · '}
      <a href="/admin/collections/guides">{fr ? 'Toutes les fiches' : 'All guides'}</a>
    </p>
  )
}
