import { slugify } from '../../lib/text'
import type { ChamberRefs } from './chambers'
import { createMissing, PUBLISHED, ref, refsOf, type Refs, type Seeder } from './context'
import { p } from './richText'
import { STORIES } from './success-stories-data'

export async function seedSuccessStories(
  seeder: Seeder,
  deps: { topics: Refs; images: Refs; chambers: ChamberRefs },
): Promise<Refs> {
  return createMissing(
    seeder,
    'success-stories',
    'slug',
    STORIES,
    (s) => slugify(s.companyName),
    (story) =>
      seeder.payload.create({
        collection: 'success-stories',
        data: {
          companyName: story.companyName,
          sector: story.sector,
          territory: { region: story.region, departmentCode: story.departmentCode },
          summary: story.summary,
          story: story.story.map((text) => p(text)),
          solidarityActions: story.actions,
          quote: story.quote,
          chamber: deps.chambers.territorial(story.departmentCode),
          links: [
            { label: `Site de ${story.companyName} (démo)`, url: `https://www.${slugify(story.companyName)}.test/` },
          ],
          gallery: [ref(deps.images, story.image, 'image')],
          topics: refsOf(deps.topics, story.topics, 'topic'),
          audiences: story.audiences,
          ...PUBLISHED,
          publishedAt: story.publishedAt,
        },
        overrideAccess: true,
        depth: 0,
      }),
  )
}
