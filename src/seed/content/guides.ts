import { slugify } from '../../lib/text'
import { createMissing, PUBLISHED, refsOf, type Refs, type Seeder } from './context'
import { GUIDES } from './guides-data'
import { p } from './richText'

export async function seedGuides(seeder: Seeder, topics: Refs): Promise<Refs> {
  return createMissing(
    seeder,
    'guides',
    'slug',
    GUIDES,
    (g) => slugify(g.title),
    ({ paragraphs, topics: keys, ...guide }) =>
      seeder.payload.create({
        collection: 'guides',
        data: {
          ...guide,
          body: paragraphs.map((text) => p(text)),
          topics: refsOf(topics, keys, 'topic'),
          ...PUBLISHED,
        },
        overrideAccess: true,
        depth: 0,
      }),
  )
}
