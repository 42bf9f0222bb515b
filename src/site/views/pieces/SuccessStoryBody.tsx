import type { Chamber, SuccessStory } from '../../../payload-types'
import { RichText } from '../../richText'
import { Picture } from '../parts'
import { Links } from './links'

export function SuccessStoryBody({ doc }: { doc: SuccessStory }) {
  const chamber = typeof doc.chamber === 'object' ? (doc.chamber as Chamber | null) : null
  return (
    <>
      {doc.logo ? (
        <div className="logo">
          <Picture media={doc.logo} sizes="160px" />
        </div>
      ) : null}
      {doc.sector ? <p className="sector">{doc.sector}</p> : null}
      {doc.summary ? <p className="standfirst">{doc.summary}</p> : null}
      <RichText content={doc.story} />
      {doc.solidarityActions?.length ? (
        <section>
          <h2>Actions solidaires</h2>
          <ul>
            {doc.solidarityActions.map((action, index) => (
              <li key={action.id ?? index}>
                {action.what}
                {action.forWhom ? ` — pour ${action.forWhom}` : ''}
                {action.howMuch ? ` (${action.howMuch})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {doc.quote?.text ? (
        <figure className="quote">
          <blockquote>{doc.quote.text}</blockquote>
          {doc.quote.person ? (
            <figcaption>{[doc.quote.person, doc.quote.role].filter(Boolean).join(', ')}</figcaption>
          ) : null}
        </figure>
      ) : null}
      {chamber ? <p>Accompagnée par {chamber.name}</p> : null}
      <Links title="Liens" links={doc.links} />
    </>
  )
}
