import type { Media, PressRelease } from '../../../payload-types'
import { isSiteType, sitePath } from '../../../lib/sitePaths'
import { TYPE_LABELS } from '../../format'
import { RichText, safeHref } from '../../richText'
import { populated } from './links'

type Related = { id: number | string; slug?: string | null; title?: string; question?: string; companyName?: string }

const KIND: Record<string, string> = { 'application/pdf': 'PDF' }
const kindOf = (media: Media) => KIND[media.mimeType ?? ''] ?? (media.mimeType?.startsWith('image/') ? 'image' : '')
const size = (bytes: number | null | undefined) =>
  bytes
    ? ` · ${bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} Mo` : `${Math.max(1, Math.round(bytes / 1000))} ko`}`
    : ''

/** A release's page: its summary, key figures, text, attachments, spokespeople and related pieces. */
export function PressReleaseBody({ doc }: { doc: PressRelease }) {
  const figures = doc.keyFigures ?? []
  const attachments = populated<Media>(doc.attachments).filter((media) => safeHref(media.url))
  const spokespeople = (doc.spokespeople ?? []).map((person) => person.name).filter(Boolean)
  const related = (doc.relatedPieces ?? []).filter(
    (item) => typeof item.value === 'object' && item.value !== null && isSiteType(item.relationTo),
  )
  return (
    <>
      {doc.summary ? <p className="standfirst">{doc.summary}</p> : null}
      {figures.length ? (
        <section className="key-figures" aria-labelledby="key-figures">
          <h2 id="key-figures">Chiffres clés</h2>
          <dl>
            {figures.map((figure, index) => (
              <div key={figure.id ?? index}>
                <dt>{figure.value}</dt>
                {figure.label ? <dd>{figure.label}</dd> : null}
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <RichText content={doc.body} />
      {attachments.length ? (
        <section className="attachments" aria-labelledby="attachments">
          <h2 id="attachments">Pièces jointes</h2>
          <ul>
            {attachments.map((media) => (
              <li key={media.id}>
                <a href={safeHref(media.url)!} download={media.filename ?? undefined}>
                  {media.alt || media.filename}
                </a>{' '}
                <span className="attachment__kind">
                  ({kindOf(media)}
                  {size(media.filesize)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {spokespeople.length ? (
        <section className="spokespeople" aria-labelledby="spokespeople">
          <h2 id="spokespeople">Porte-parole</h2>
          <ul>
            {spokespeople.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {related.length ? (
        <section className="related" aria-labelledby="related">
          <h2 id="related">À lire aussi</h2>
          <ul>
            {related.map((item) => {
              const value = item.value as Related
              const type = item.relationTo as Parameters<typeof sitePath>[0]
              const title = value.title ?? value.question ?? value.companyName ?? ''
              return (
                <li key={`${type}-${value.id}`}>
                  <span className="card__type">{TYPE_LABELS[type].item}</span>{' '}
                  {value.slug ? <a href={sitePath(type, value.slug)}>{title}</a> : title}
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
    </>
  )
}
