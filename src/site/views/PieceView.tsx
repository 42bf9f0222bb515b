import type { ReactNode } from 'react'

import type { SiteType } from '../../lib/sitePaths'
import type { Article, Chamber, Dossier, Event, Faq, Guide, Initiative, SuccessStory } from '../../payload-types'
import { EVENT_KIND_LABELS, formatDate, formatDateTime, PHASE_LABELS, TYPE_LABELS } from '../format'
import { RichText, safeHref } from '../richText'
import { sitePath, isSiteType } from '../../lib/sitePaths'
import { HeroImage, Picture, Published, SponsoredLabel, TopicLinks } from './parts'

const populated = <T extends object>(list: unknown): T[] => (Array.isArray(list) ? list.filter((x): x is T => typeof x === 'object' && x !== null) : [])

/** A link on a line of its own, shown only when its address is one the site links to. */
function LinkLine({ url, className, children }: { url: string | null | undefined; className?: string; children: ReactNode }) {
  const href = safeHref(url)
  return href ? (
    <p>
      <a className={className} href={href}>
        {children}
      </a>
    </p>
  ) : null
}

/** A link when its address is one the site links to, its text alone otherwise. */
function LinkOrText({ url, children }: { url: string | null | undefined; children: ReactNode }) {
  const href = safeHref(url)
  return href ? <a href={href}>{children}</a> : <>{children}</>
}

function Links({ title, links }: { title: string; links: { label?: string | null; url: string; id?: string | null }[] | null | undefined }) {
  const safe = (links ?? []).flatMap((link) => {
    const href = safeHref(link.url)
    return href ? [{ ...link, href }] : []
  })
  if (!safe.length) return null
  return (
    <section className="links">
      <h2>{title}</h2>
      <ul>
        {safe.map((link, index) => (
          <li key={link.id ?? index}>
            <a href={link.href} rel="noopener">{link.label || link.url}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}

function ArticleBody({ doc }: { doc: Article }) {
  const faqs = populated<Faq>(doc.relatedFaqs)
  const names = (doc.byline ?? []).map((b) => b.name).filter(Boolean)
  return (
    <>
      {doc.standfirst ? <p className="standfirst">{doc.standfirst}</p> : null}
      {names.length ? <p className="byline">Par {names.join(', ')}</p> : null}
      <HeroImage media={doc.heroImage} />
      <RichText content={doc.body} />
      <Links title="Sources" links={doc.sources} />
      {faqs.length ? (
        <section className="related-faq">
          <h2>Questions liées</h2>
          {faqs.map((faq) => (
            <details key={faq.id}>
              <summary>{faq.question}</summary>
              <RichText content={faq.answer} />
              {faq.slug ? <a href={sitePath('faqs', faq.slug)}>Voir la réponse complète</a> : null}
            </details>
          ))}
        </section>
      ) : null}
    </>
  )
}

function SuccessStoryBody({ doc }: { doc: SuccessStory }) {
  const chamber = typeof doc.chamber === 'object' ? (doc.chamber as Chamber | null) : null
  return (
    <>
      {doc.logo ? <div className="logo"><Picture media={doc.logo} sizes="160px" /></div> : null}
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
          {doc.quote.person ? <figcaption>{[doc.quote.person, doc.quote.role].filter(Boolean).join(', ')}</figcaption> : null}
        </figure>
      ) : null}
      {chamber ? <p>Accompagnée par {chamber.name}</p> : null}
      <Links title="Liens" links={doc.links} />
    </>
  )
}

function InitiativeBody({ doc }: { doc: Initiative }) {
  const lead = typeof doc.leadChamber === 'object' ? (doc.leadChamber as Chamber | null) : null
  const adopters = populated<Chamber>(doc.adoptedBy)
  return (
    <>
      {doc.summary ? <p className="standfirst">{doc.summary}</p> : null}
      {lead ? <p>Lancée par {lead.name}{doc.launchDate ? `, le ${formatDate(doc.launchDate)}` : ''}</p> : null}
      <RichText content={doc.body} />
      <LinkLine url={doc.url}>Accéder à l’initiative</LinkLine>
      <section className="adopters">
        <h2>Chambres qui l’ont adoptée ({adopters.length})</h2>
        {adopters.length ? (
          <ul>
            {adopters.map((chamber) => (
              <li key={chamber.id}>{chamber.name}{chamber.city ? ` (${chamber.city})` : ''}</li>
            ))}
          </ul>
        ) : (
          <p>Aucune autre chambre pour l’instant.</p>
        )}
      </section>
    </>
  )
}

const FaqBody = ({ doc }: { doc: Faq }) => (
  <>
    <RichText content={doc.answer} />
    {doc.lastReviewedAt ? <p className="reviewed">Réponse vérifiée le {formatDate(doc.lastReviewedAt)}</p> : null}
  </>
)

function GuideBody({ doc }: { doc: Guide }) {
  return (
    <>
      <p className="reviewed">Dernière révision : {doc.lastReviewedAt ? formatDate(doc.lastReviewedAt) : 'non encore révisée'}</p>
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

function EventBody({ doc }: { doc: Event }) {
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

function DossierBody({ doc }: { doc: Dossier }) {
  const items = (doc.items ?? []).filter((item) => typeof item.value === 'object' && item.value !== null && isSiteType(item.relationTo))
  return (
    <>
      <p className="phase">{PHASE_LABELS[doc.phase] ?? doc.phase}</p>
      {doc.description ? <p className="standfirst">{doc.description}</p> : null}
      <ul className="dossier-items">
        {items.map((item) => {
          const value = item.value as { id: number; slug?: string | null; title?: string; question?: string; companyName?: string }
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

/** The title of any piece: the field differs by type. */
export function pieceTitle(type: SiteType, doc: Record<string, unknown>): string {
  const field = type === 'faqs' ? 'question' : type === 'success-stories' ? 'companyName' : 'title'
  return String(doc[field] ?? '')
}

/** A piece's page content, for the public page and the live preview alike (no server-only code). */
export function PieceView({ type, doc }: { type: SiteType; doc: Record<string, unknown> }) {
  return (
    <article className={`piece piece--${type}`}>
      <p className="piece__type">{TYPE_LABELS[type].item}</p>
      <h1>{pieceTitle(type, doc)}</h1>
      <SponsoredLabel sponsored={doc.sponsored as boolean | undefined} />
      <Published at={doc.publishedAt as string | undefined} />
      {type === 'articles' ? <ArticleBody doc={doc as unknown as Article} /> : null}
      {type === 'success-stories' ? <SuccessStoryBody doc={doc as unknown as SuccessStory} /> : null}
      {type === 'initiatives' ? <InitiativeBody doc={doc as unknown as Initiative} /> : null}
      {type === 'faqs' ? <FaqBody doc={doc as unknown as Faq} /> : null}
      {type === 'guides' ? <GuideBody doc={doc as unknown as Guide} /> : null}
      {type === 'events' ? <EventBody doc={doc as unknown as Event} /> : null}
      {type === 'dossiers' ? <DossierBody doc={doc as unknown as Dossier} /> : null}
      <TopicLinks topics={doc.topics} />
    </article>
  )
}
