import type { Faq, Guide } from '../../../payload-types'
import { formatDate } from '../../format'
import { RichText } from '../../richText'
import { LinkOrText } from './links'

export const FaqBody = ({ doc }: { doc: Faq }) => (
  <>
    <RichText content={doc.answer} />
    {doc.lastReviewedAt ? <p className="reviewed">Réponse vérifiée le {formatDate(doc.lastReviewedAt)}</p> : null}
  </>
)

export function GuideBody({ doc }: { doc: Guide }) {
  return (
    <>
      <p className="reviewed">
        Dernière révision : {doc.lastReviewedAt ? formatDate(doc.lastReviewedAt) : 'non encore révisée'}
      </p>
      <RichText content={doc.body} />
      {doc.legalReferences?.length ? (
        <section>
          <h2>Références</h2>
          <ul>
            {doc.legalReferences.map((ref, index) => (
              <li key={ref.id ?? index}>
                <LinkOrText url={ref.url}>{ref.label}</LinkOrText>
                {ref.reference ? ` — ${ref.reference}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
