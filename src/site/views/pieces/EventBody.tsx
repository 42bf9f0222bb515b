import type { Chamber, Event } from '../../../payload-types'
import { EVENT_KIND_LABELS, formatDateTime } from '../../format'
import { LinkLine } from './links'

export function EventBody({ doc }: { doc: Event }) {
  const organiser = typeof doc.organiser === 'object' ? (doc.organiser as Chamber | null) : null
  return (
    <>
      <p className="event-when">
        {EVENT_KIND_LABELS[doc.kind] ?? doc.kind} · <time dateTime={doc.startsAt}>{formatDateTime(doc.startsAt)}</time>
      </p>
      {organiser ? <p>Organisé par {organiser.name}</p> : null}
      {doc.description ? <p className="standfirst">{doc.description}</p> : null}
      {doc.speakers?.length ? (
        <section>
          <h2>Intervenants</h2>
          <ul>
            {doc.speakers.map((s, index) => (
              <li key={s.id ?? index}>{[s.name, s.role, s.organisation].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <LinkLine url={doc.registrationUrl} className="button">
        S’inscrire
      </LinkLine>
      <LinkLine url={doc.replayUrl} className="button">
        Voir le replay
      </LinkLine>
    </>
  )
}
