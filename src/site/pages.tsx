import type { ReactNode } from 'react'
import { cache } from 'react'

import type { Media } from '../payload-types'
import * as data from './data/cached'
import { SITE_LOCALE } from './data/payload'
import { AUDIENCE_LABELS, SITE_NAME, TYPE_LABELS } from './format'
import type { SiteRoute } from './route'
import { ContactsView } from './views/ContactsView'
import {
  AudienceView,
  EventIndexView,
  FaqIndexView,
  GuideIndexView,
  HomeView,
  PressIndexView,
  SectionView,
  TopicsIndexView,
  TopicView,
} from './views/IndexViews'
import { pieceTitle, PieceView } from './views/PieceView'

export type SitePage = {
  title: string
  description?: string | null
  image?: Media | null
  kind: 'article' | 'website'
  node: ReactNode
}

const LIST_LIMIT = 30

const hourNow = () => `${new Date().toISOString().slice(0, 13)}:00:00.000Z`

const text = (value: unknown) => (typeof value === 'string' && value ? value : null)
const media = (value: unknown) => (value && typeof value === 'object' ? (value as Media) : null)

async function piecePage(route: Extract<SiteRoute, { kind: 'piece' }>): Promise<SitePage | null> {
  const doc = await data.pieceBySlug(route.type, route.slug)
  if (!doc) return null
  const meta = (doc.meta ?? {}) as { title?: string | null; description?: string | null; image?: unknown }
  return {
    title: text(meta.title) ?? pieceTitle(route.type, doc),
    description: text(meta.description) ?? text(doc.standfirst) ?? text(doc.summary) ?? text(doc.description),
    image: media(meta.image) ?? media(doc.heroImage),
    kind: 'article',
    node: <PieceView type={route.type} doc={doc} />,
  }
}

async function sectionPage(route: Extract<SiteRoute, { kind: 'section' }>): Promise<SitePage> {
  const title = TYPE_LABELS[route.type].section
  const page = (node: ReactNode): SitePage => ({ title, kind: 'website', node })
  switch (route.type) {
    case 'faqs':
      return page(<FaqIndexView faqs={await data.faqs()} />)
    case 'guides':
      return page(<GuideIndexView guides={await data.guides()} />)
    case 'events':
      return page(<EventIndexView {...await data.events(hourNow())} />)
    case 'press-releases':
      // The press room lists the releases written in French, the site's language, not their fallbacks.
      return page(
        <PressIndexView items={await data.latestItems({ types: [route.type], locale: SITE_LOCALE }, LIST_LIMIT)} />,
      )
    default:
      return page(<SectionView type={route.type} items={await data.latestItems({ types: [route.type] }, LIST_LIMIT)} />)
  }
}

/** What a route shows and what its head says about it; null when there is nothing to show (404). */
export const sitePage = cache(async (route: SiteRoute): Promise<SitePage | null> => {
  switch (route.kind) {
    case 'home': {
      const [latest, dossiers] = await Promise.all([data.latestItems({}, 12), data.dossiers()])
      return {
        title: SITE_NAME,
        description: 'Aides, démarches et contacts des chambres de commerce pour les entreprises face à la crise.',
        kind: 'website',
        node: <HomeView latest={latest} dossiers={dossiers} />,
      }
    }
    case 'section':
      return sectionPage(route)
    case 'piece':
      return piecePage(route)
    case 'topics':
      return { title: 'Thématiques', kind: 'website', node: <TopicsIndexView topics={await data.topics()} /> }
    case 'topic': {
      const topic = await data.topicBySlug(route.slug)
      if (!topic) return null
      const items = await data.latestItems({ topics: [route.slug] }, LIST_LIMIT)
      return {
        title: topic.title,
        description: topic.description,
        kind: 'website',
        node: <TopicView topic={topic} items={items} />,
      }
    }
    case 'audience': {
      const items = await data.latestItems({ audiences: [route.audience] }, LIST_LIMIT)
      return {
        title: `Pour les ${AUDIENCE_LABELS[route.audience]?.toLowerCase()}`,
        kind: 'website',
        node: <AudienceView audience={route.audience} items={items} />,
      }
    }
    case 'contacts':
      return {
        title: 'Contacter une chambre',
        description: 'La carte des chambres de commerce et d’industrie, et la plus proche de chez vous.',
        kind: 'website',
        node: <ContactsView features={await data.chamberFeatures()} />,
      }
  }
})
