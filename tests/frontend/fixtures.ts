import type { CollectionSlug, Payload } from 'payload'

import { jpeg } from '../helpers/images'
import { SAMPLES } from '../helpers/samples'
import { demoUser, PUBLISH } from '../helpers/users'

export type Piece = { type: string; id: number | string; slug: string; publishedAt: string }

const day = (n: number) => new Date(Date.UTC(2026, 2, n, 9)).toISOString()

/** A small newsroom with known dates, topics, audiences and territories, for the feed and its copies. */
export async function frontendFixtures(payload: Payload) {
  const editor = await demoUser(payload, 'editor')
  const as = { user: editor, overrideAccess: false } as const
  const topic = async (title: string) =>
    (await payload.create({ collection: 'topics', data: { title }, overrideAccess: true })).id
  const topics = { aides: await topic('Aides'), emploi: await topic('Emploi') }
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Une vitrine' },
    file: { data: await jpeg(1800, 1200), mimetype: 'image/jpeg', name: 'vitrine.jpg', size: 0 },
    overrideAccess: true,
  })
  const sponsor = await payload.create({
    collection: 'partners',
    data: { name: 'Banque Sponsor', kind: 'sponsor' },
    overrideAccess: true,
  })

  const publish = async (
    type: string,
    word: string,
    n: number,
    extra: Record<string, unknown> = {},
  ): Promise<Piece> => {
    const doc = (await payload.create({
      collection: type as CollectionSlug,
      data: { ...SAMPLES[type](word), ...PUBLISH, publishedAt: day(n), ...extra } as never,
      ...as,
    })) as unknown as { id: number; slug: string; publishedAt: string }
    return { type, id: doc.id, slug: doc.slug, publishedAt: doc.publishedAt }
  }

  const pieces = {
    article: await publish('articles', 'Relance', 10, {
      standfirst: 'Le plan de relance en bref.',
      topics: [topics.aides],
      audiences: ['entrepreneurs'],
      territory: 'bretagne',
      heroImage: image.id,
      sponsor: sponsor.id,
    }),
    story: await publish('success-stories', 'Boulangerie', 9, {
      summary: 'Une boulangerie livre à domicile.',
      topics: [topics.emploi],
      territory: { region: 'bretagne' },
      logo: image.id,
    }),
    initiative: await publish('initiatives', 'Plateforme', 8, {
      audiences: ['business-owners'],
      territory: 'normandie',
    }),
    faq: await publish('faqs', 'Chomage', 7, { topics: [topics.emploi] }),
    guide: await publish('guides', 'Loyers', 6),
    event: await publish('events', 'Webinaire', 5, { audiences: ['entrepreneurs'] }),
  }
  const dossier = await publish('dossiers', 'Relance', 4, {
    items: [
      { relationTo: 'articles', value: pieces.article.id },
      { relationTo: 'faqs', value: pieces.faq.id },
    ],
  })
  const draft = await payload.create({
    collection: 'articles',
    data: { title: 'Article brouillon' },
    draft: true,
    ...as,
  })
  const embargoed = await publish('articles', 'Embargo', 11, {
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
  })
  await payload.update({
    collection: 'articles',
    id: pieces.article.id,
    locale: 'en',
    data: { title: 'Recovery plan', standfirst: 'The recovery plan in brief.' },
    ...as,
  })
  return { editor, topics, image, pieces: { ...pieces, dossier }, draft, embargoed, publish }
}
