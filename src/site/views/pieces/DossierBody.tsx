import type { Dossier } from '../../../payload-types'
import { isSiteType, sitePath } from '../../../lib/sitePaths'
import { PHASE_LABELS, TYPE_LABELS } from '../../format'

export function DossierBody({ doc }: { doc: Dossier }) {
  const items = (doc.items ?? []).filter(
    (item) => typeof item.value === 'object' && item.value !== null && isSiteType(item.relationTo),
  )
  return (
    <>
      <p className="phase">{PHASE_LABELS[doc.phase] ?? doc.phase}</p>
      {doc.description ? <p className="standfirst">{doc.description}</p> : null}
      <ul className="dossier-items">
        {items.map((item) => {
          const value = item.value as {
            id: number
            slug?: string | null
            title?: string
            question?: string
            companyName?: string
          }
          const title = value.title ?? value.question ?? value.companyName ?? ''
          return (
            <li key={`${item.relationTo}-${value.id}`}>
              <span className="card__type">{TYPE_LABELS[item.relationTo].item}</span>{' '}
              {value.slug ? <a href={sitePath(item.relationTo, value.slug)}>{title}</a> : title}
            </li>
          )
        })}
      </ul>
    </>
  )
}
