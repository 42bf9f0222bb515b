import type { FeedItem } from '../../feed/feedItem'
import type { SearchHits } from '../../feed/searchPieces'
import { isSiteType, sitePath, SITE_SECTIONS, type SiteType } from '../../lib/sitePaths'
import type { Dossier, Event, Faq, Guide, Topic } from '../../payload-types'
import {
  AUDIENCE_LABELS,
  EVENT_KIND_LABELS,
  formatDate,
  formatDateTime,
  PHASE_LABELS,
  PHASES,
  TYPE_LABELS,
} from '../format'
import { RichText } from '../richText'
import { AUDIENCES_SECTION, SEARCH_PATH, TOPICS_SECTION } from '../route'
import { CardList } from './parts'

/** The press room: the releases out of embargo, newest first, and the feeds journalists subscribe to. */
export function PressIndexView({ items }: { items: FeedItem[] }) {
  return (
    <>
      <h1>{TYPE_LABELS['press-releases'].section}</h1>
      <p className="standfirst">
        Les communiqués du réseau des chambres de commerce et d’industrie, publiés dès la fin de leur embargo.
      </p>
      <p className="feeds">
        <a href="/feeds/press-releases.xml">Flux RSS</a> · <a href="/feeds/press-releases.atom">Flux Atom</a>
      </p>
      <CardList items={items} level="h2" empty="Aucun communiqué publié pour l’instant." />
    </>
  )
}

export function HomeView({ latest, dossiers }: { latest: FeedItem[]; dossiers: Dossier[] }) {
  return (
    <>
      <h1>Entreprises et crise : s’informer, se faire accompagner</h1>
      <section aria-labelledby="latest">
        <h2 id="latest">À la une</h2>
        <CardList items={latest} />
      </section>
      <section aria-labelledby="dossiers">
        <h2 id="dossiers">Les dossiers, phase par phase</h2>
        {PHASES.map((phase) => {
          const inPhase = dossiers.filter((d) => d.phase === phase)
          if (!inPhase.length) return null
          return (
            <section key={phase} className="phase-group">
              <h3>{PHASE_LABELS[phase]}</h3>
              <ul>
                {inPhase.map((dossier) => (
                  <li key={dossier.id}>
                    <a href={sitePath('dossiers', dossier.slug ?? '')}>{dossier.title}</a>
                    {dossier.description ? <p>{dossier.description}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          )
        })}
      </section>
    </>
  )
}

export function SectionView({ type, items }: { type: SiteType; items: FeedItem[] }) {
  return (
    <>
      <h1>{TYPE_LABELS[type].section}</h1>
      <p className="feeds">
        <a href={`/feeds/${type}.xml`}>Flux RSS</a>
      </p>
      <CardList items={items} level="h2" />
    </>
  )
}

/** FAQ grouped under each of its topics; a question without a topic goes under "Autres questions". */
export function FaqIndexView({ faqs }: { faqs: Faq[] }) {
  const groups = new Map<string, { title: string; faqs: Faq[] }>()
  for (const faq of faqs) {
    const topics = (faq.topics ?? []).filter((t): t is Topic => typeof t === 'object' && t !== null)
    for (const topic of topics.length ? topics : [null]) {
      const key = topic ? String(topic.id) : 'other'
      const group = groups.get(key) ?? { title: topic?.title ?? 'Autres questions', faqs: [] }
      group.faqs.push(faq)
      groups.set(key, group)
    }
  }
  return (
    <>
      <h1>{TYPE_LABELS.faqs.section}</h1>
      {faqs.length === 0 ? <p className="empty">Aucune question publiée pour l’instant.</p> : null}
      {[...groups.values()].map((group) => (
        <section key={group.title} className="faq-group">
          <h2>{group.title}</h2>
          {group.faqs.map((faq) => (
            <details key={faq.id}>
              <summary>{faq.question}</summary>
              <RichText content={faq.answer} />
              {faq.slug ? <a href={sitePath('faqs', faq.slug)}>Lien vers cette question</a> : null}
            </details>
          ))}
        </section>
      ))}
    </>
  )
}

export function GuideIndexView({ guides }: { guides: Guide[] }) {
  return (
    <>
      <h1>{TYPE_LABELS.guides.section}</h1>
      <ul className="guides">
        {guides.map((guide) => (
          <li key={guide.id}>
            <a href={sitePath('guides', guide.slug ?? '')}>{guide.title}</a>{' '}
            <span className="reviewed">
              — dernière révision : {guide.lastReviewedAt ? formatDate(guide.lastReviewedAt) : 'non encore révisée'}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}

function EventList({ events, empty }: { events: Event[]; empty: string }) {
  if (!events.length) return <p className="empty">{empty}</p>
  return (
    <ul className="events">
      {events.map((event) => (
        <li key={event.id}>
          <a href={sitePath('events', event.slug ?? '')}>{event.title}</a>{' '}
          <span>
            {EVENT_KIND_LABELS[event.kind] ?? event.kind} ·{' '}
            <time dateTime={event.startsAt}>{formatDateTime(event.startsAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  )
}

export function EventIndexView({ upcoming, replays }: { upcoming: Event[]; replays: Event[] }) {
  return (
    <>
      <h1>{TYPE_LABELS.events.section}</h1>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">À venir</h2>
        <EventList events={upcoming} empty="Aucun événement programmé." />
      </section>
      <section aria-labelledby="replays">
        <h2 id="replays">Replays</h2>
        <EventList events={replays} empty="Aucun replay disponible." />
      </section>
    </>
  )
}

export function TopicsIndexView({ topics }: { topics: Topic[] }) {
  return (
    <>
      <h1>Thématiques</h1>
      <ul className="topic-index">
        {topics.map((topic) => (
          <li key={topic.id}>
            <a href={`/${TOPICS_SECTION}/${topic.slug}`}>{topic.title}</a>
          </li>
        ))}
      </ul>
    </>
  )
}

export function TopicView({ topic, items }: { topic: Topic; items: FeedItem[] }) {
  return (
    <>
      <h1>{topic.title}</h1>
      {topic.description ? <p className="standfirst">{topic.description}</p> : null}
      <p className="feeds">
        <a href={`/feeds/topics/${topic.slug}.xml`}>Flux RSS de la thématique</a>
      </p>
      <CardList items={items} level="h2" />
    </>
  )
}

export function AudienceView({ audience, items }: { audience: string; items: FeedItem[] }) {
  return (
    <>
      <h1>Pour les {AUDIENCE_LABELS[audience]?.toLowerCase() ?? audience}</h1>
      <CardList items={items} level="h2" />
    </>
  )
}

export const audiencePath = (audience: string) => `/${AUDIENCES_SECTION}/${audience}`

export function SearchView({ q, hits, problem }: { q: string; hits: SearchHits | null; problem: string | null }) {
  return (
    <>
      <h1>Rechercher</h1>
      <form action={SEARCH_PATH} method="get" role="search">
        <label htmlFor="q">Mots recherchés</label>{' '}
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          required
          placeholder="Par exemple : aides à l’embauche"
        />{' '}
        <button type="submit">Rechercher</button>
      </form>
      {problem ? <p role="alert">{problem}</p> : null}
      {hits ? (
        <section aria-labelledby="results">
          <h2 id="results">
            {hits.totalDocs} résultat{hits.totalDocs > 1 ? 's' : ''} pour « {q} »
          </h2>
          <ol className="search-hits">
            {hits.docs
              .filter((hit) => isSiteType(hit.type) && hit.slug)
              .map((hit) => (
                <li key={`${hit.type}-${hit.id}`}>
                  <span className="card__type">{TYPE_LABELS[hit.type as SiteType].item}</span>{' '}
                  <a href={sitePath(hit.type as SiteType, hit.slug!)}>{hit.title}</a>
                  {hit.summary ? <p>{hit.summary}</p> : null}
                </li>
              ))}
          </ol>
        </section>
      ) : null}
    </>
  )
}

export const SECTION_LINKS = (Object.keys(SITE_SECTIONS) as SiteType[]).map((type) => ({
  href: `/${SITE_SECTIONS[type]}`,
  label: TYPE_LABELS[type].section,
}))
