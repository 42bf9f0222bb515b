import { slugify } from '../../lib/text'
import { createMissing, PUBLISHED, ref, refsOf, type Refs, type Seeder } from './context'
import { FAQS } from './faqs-data'
import { p } from './richText'

/** Returns FAQ ids by seed key ("pge-refus"), for the articles that link to them. */
export async function seedFaqs(seeder: Seeder, topics: Refs): Promise<Refs> {
  const bySlug = await createMissing(
    seeder,
    'faqs',
    'slug',
    FAQS,
    (f) => slugify(f.question),
    (faq) =>
      seeder.payload.create({
        collection: 'faqs',
        data: {
          question: faq.question,
          answer: faq.answer.map((text) => p(text)),
          order: FAQS.indexOf(faq) + 1,
          lastReviewedAt: faq.reviewedAt,
          topics: refsOf(topics, faq.topics, 'topic'),
          audiences: faq.audiences,
          ...PUBLISHED,
          publishedAt: faq.publishedAt,
        },
        overrideAccess: true,
        depth: 0,
      }),
  )
  return new Map(FAQS.map((faq) => [faq.key, ref(bySlug, slugify(faq.question), 'FAQ')]))
}
