import type { ComponentType } from 'react'

import type { SiteType } from '../../lib/sitePaths'
import { TYPE_LABELS } from '../format'
import { Published, SponsoredLabel, TopicLinks } from './parts'
import { ArticleBody } from './pieces/ArticleBody'
import { DossierBody } from './pieces/DossierBody'
import { EventBody } from './pieces/EventBody'
import { InitiativeBody } from './pieces/InitiativeBody'
import { PressReleaseBody } from './pieces/PressReleaseBody'
import { FaqBody, GuideBody } from './pieces/ReferenceBodies'
import { SuccessStoryBody } from './pieces/SuccessStoryBody'

/** What each type shows under its title; each body takes that type's own document. */
const BODIES: Record<SiteType, ComponentType<{ doc: never }>> = {
  articles: ArticleBody,
  'success-stories': SuccessStoryBody,
  initiatives: InitiativeBody,
  faqs: FaqBody,
  guides: GuideBody,
  events: EventBody,
  dossiers: DossierBody,
  'press-releases': PressReleaseBody,
}

/** The title of any piece: the field differs by type. */
export function pieceTitle(type: SiteType, doc: Record<string, unknown>): string {
  const field = type === 'faqs' ? 'question' : type === 'success-stories' ? 'companyName' : 'title'
  return String(doc[field] ?? '')
}

/** A piece's page content, for the public page and the live preview alike (no server-only code). */
export function PieceView({ type, doc }: { type: SiteType; doc: Record<string, unknown> }) {
  const Body = BODIES[type]
  return (
    <article className={`piece piece--${type}`}>
      <p className="piece__type">{TYPE_LABELS[type].item}</p>
      <h1>{pieceTitle(type, doc)}</h1>
      <SponsoredLabel sponsored={doc.sponsored as boolean | undefined} />
      <Published at={doc.publishedAt as string | undefined} />
      <Body doc={doc as never} />
      <TopicLinks topics={doc.topics} />
    </article>
  )
}
