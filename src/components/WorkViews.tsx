import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

import { myWork } from '../endpoints/myWork'
import { say } from '../i18n/translate'

type Translate = Parameters<typeof say>[0]
type Props = {
  payload: Payload
  user?: PayloadRequest['user']
  i18n?: { language: string; t: unknown }
  /** Only these sections (the planning page shows a contributor their subjects). */
  only?: string[]
  heading?: boolean
}

/** Items shown per card; the count in the title says how many there are. */
const SHOWN = 12

// Subjects carry a day (their due date); everything else an instant.
const DAY_ONLY = new Set(['subjects'])

function dateLabel(collection: string, at: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'fr-FR'
  const options: Intl.DateTimeFormatOptions = DAY_ONLY.has(collection)
    ? { day: 'numeric', month: 'short', timeZone: 'Europe/Paris' }
    : {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'Europe/Paris',
      }
  return new Intl.DateTimeFormat(locale, options).format(new Date(at))
}

const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: 'calc(var(--base) * 0.75)',
  background: 'var(--theme-elevation-0)',
}

/**
 * The dashboard's first block: the signed-in person's work, one card per section of their roles
 * (src/lib/workSections.ts), each item a link to its edit view. The same data as GET /api/me/work.
 */
export async function WorkViews({ payload, user, i18n, only, heading = true }: Props) {
  if (!user) return null
  const t = i18n?.t as Translate
  const language = i18n?.language ?? 'fr'
  const sections = (await myWork(payload, user, t)).filter((s) => !only || only.includes(s.key))
  if (sections.length === 0) return null
  return (
    <section
      className="work-views"
      aria-labelledby={heading ? 'work-views-title' : undefined}
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      {heading && (
        <h2 id="work-views-title" style={{ marginBottom: 'var(--base)' }}>
          {say(t, 'workTitle')}
        </h2>
      )}
      <div
        style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))' }}
      >
        {sections.map((section) => (
          <section
            key={section.key}
            className={`work-section work-section--${section.key}${section.key === 'toReview' ? ' review-queue' : ''}`}
            aria-labelledby={`work-${section.key}`}
            style={card}
          >
            <h3 id={`work-${section.key}`} style={{ margin: '0 0 calc(var(--base) * 0.5)', fontSize: '1rem' }}>
              {section.title}{' '}
              <span style={{ color: 'var(--theme-elevation-500)', fontWeight: 400 }}>({section.items.length})</span>
            </h3>
            {section.items.length === 0 ? (
              <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{say(t, 'workEmpty')}</p>
            ) : (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.4rem' }}>
                {section.items.slice(0, SHOWN).map((item) => (
                  <li
                    key={`${item.collection}-${item.id}-${item.href}`}
                    style={{ display: 'flex', gap: '0.5rem', alignItems: 'baseline', flexWrap: 'wrap' }}
                  >
                    <a href={item.href} style={{ fontWeight: 600 }}>
                      {item.title}
                    </a>
                    {item.stateLabel && (
                      <span
                        className="work-item__state"
                        style={{
                          fontSize: '0.85em',
                          padding: '0 0.4em',
                          borderRadius: 3,
                          background: 'var(--theme-elevation-100)',
                        }}
                      >
                        {item.stateLabel}
                      </span>
                    )}
                    {item.date && (
                      <time dateTime={item.date} style={{ fontSize: '0.85em', color: 'var(--theme-elevation-600)' }}>
                        {dateLabel(item.collection, item.date, language)}
                      </time>
                    )}
                  </li>
                ))}
                {section.items.length > SHOWN && (
                  <li className="work-section__more" style={{ color: 'var(--theme-elevation-600)' }}>
                    {say(t, 'workMore', { count: section.items.length - SHOWN })}
                  </li>
                )}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  )
}
