import type { Chamber, Initiative } from '../../../payload-types'
import { formatDate } from '../../format'
import { RichText } from '../../richText'
import { LiveServiceCounts } from '../../crisis/LiveServiceCounts'
import { LinkLine, populated } from './links'

export function InitiativeBody({ doc }: { doc: Initiative }) {
  const lead = typeof doc.leadChamber === 'object' ? (doc.leadChamber as Chamber | null) : null
  const adopters = populated<Chamber>(doc.adoptedBy)
  return (
    <>
      {doc.summary ? <p className="standfirst">{doc.summary}</p> : null}
      {lead ? (
        <p>
          Lancée par {lead.name}
          {doc.launchDate ? `, le ${formatDate(doc.launchDate)}` : ''}
        </p>
      ) : null}
      <RichText content={doc.body} />
      <LinkLine url={doc.url}>Accéder à l’initiative</LinkLine>
      <LiveServiceCounts kind={doc.kind} />
      <section className="adopters">
        <h2>Chambres qui l’ont adoptée ({adopters.length})</h2>
        {adopters.length ? (
          <ul>
            {adopters.map((chamber) => (
              <li key={chamber.id}>
                {chamber.name}
                {chamber.city ? ` (${chamber.city})` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune autre chambre pour l’instant.</p>
        )}
      </section>
    </>
  )
}
