import type { FeedItem } from '../../feed/feedItem'
import type { Media, Topic } from '../../payload-types'
import { formatDate, SPONSORED_LABEL, TYPE_LABELS } from '../format'
import { TOPICS_SECTION } from '../route'

type Sized = Pick<Media, 'url' | 'alt' | 'width' | 'height' | 'sizes'>

/** Every stored size as a width candidate, so the browser picks the smallest that fills the slot. */
function srcSet(media: Sized): string | undefined {
  const candidates = Object.values(media.sizes ?? {})
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
    .map((size) => `${size.url} ${size.width}w`)
  if (media.url && media.width) candidates.push(`${media.url} ${media.width}w`)
  return candidates.length ? candidates.join(', ') : undefined
}

export function Picture({ media, sizes, priority }: { media: unknown; sizes: string; priority?: boolean }) {
  if (!media || typeof media !== 'object') return null
  const m = media as Sized
  if (!m.url) return null
  // The sizes Payload generated at upload are offered as a srcset; next/image would resize them again.
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={m.sizes?.card?.url ?? m.url}
      srcSet={srcSet(m)}
      sizes={sizes}
      alt={m.alt ?? ''}
      width={m.width ?? undefined}
      height={m.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}

export function HeroImage({ media }: { media: unknown }) {
  if (!media || typeof media !== 'object') return null
  const m = media as Media
  return (
    <figure className="hero">
      <Picture media={m} sizes="(max-width: 960px) 100vw, 960px" priority />
      {m.caption || m.credit ? (
        <figcaption>
          {m.caption}
          {m.credit ? <span className="credit"> © {m.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}

export const SponsoredLabel = ({ sponsored }: { sponsored?: boolean | null }) =>
  sponsored ? <p className="sponsored">{SPONSORED_LABEL}</p> : null

export function Card({ item, level = 'h3' }: { item: FeedItem; level?: 'h2' | 'h3' }) {
  const Heading = level
  return (
    <article className="card">
      {item.image ? <Picture media={item.image} sizes="(max-width: 600px) 100vw, 320px" /> : null}
      <p className="card__type">{TYPE_LABELS[item.type].item}</p>
      <Heading className="card__title">
        <a href={item.path}>{item.title}</a>
      </Heading>
      {item.summary ? <p className="card__summary">{item.summary}</p> : null}
      <p className="card__meta">
        <time dateTime={item.publishedAt}>{formatDate(item.publishedAt)}</time>
        {item.sponsored ? <span className="sponsored"> · {SPONSORED_LABEL}</span> : null}
      </p>
    </article>
  )
}

export function CardList({
  items,
  empty = 'Rien de publié pour l’instant.',
  level,
}: {
  items: FeedItem[]
  empty?: string
  level?: 'h2' | 'h3'
}) {
  if (!items.length) return <p className="empty">{empty}</p>
  return (
    <ul className="cards">
      {items.map((item) => (
        <li key={`${item.type}-${item.id}`}>
          <Card item={item} level={level} />
        </li>
      ))}
    </ul>
  )
}

/** Topics a piece belongs to, when they were populated (a bare id has nothing to show). */
export function TopicLinks({ topics }: { topics: unknown }) {
  const list = (Array.isArray(topics) ? topics : []).filter(
    (t): t is Topic => typeof t === 'object' && t !== null && Boolean((t as Topic).slug),
  )
  if (!list.length) return null
  return (
    <ul className="topics" aria-label="Thématiques">
      {list.map((topic) => (
        <li key={topic.id}>
          <a href={`/${TOPICS_SECTION}/${topic.slug}`}>{topic.title}</a>
        </li>
      ))}
    </ul>
  )
}

export function Published({ at, label = 'Publié le' }: { at?: string | null; label?: string }) {
  if (!at) return null
  return (
    <p className="published">
      {label} <time dateTime={at}>{formatDate(at)}</time>
    </p>
  )
}
