import type { Article, TaskSchedulePublish } from '../../payload-types'
import { slugify } from '../../lib/text'
import { ARTICLE_TRANSLATIONS } from './articles-en'
import { CRISIS_ARTICLES } from './articles-crisis'
import { RECOVERY_ARTICLES } from './articles-recovery'
import { SUPPORT_ARTICLES } from './articles-support'
import { SUSTAINABLE_ARTICLES } from './articles-sustainable'
import { UPCOMING_ARTICLES } from './articles-upcoming'
import {
  createMissing,
  daysFromNow,
  PUBLISHED,
  ref,
  refsOf,
  type Audience,
  type Id,
  type Refs,
  type Seeder,
  type Territory,
} from './context'
import type { SlateElement } from './richText'

export type Author = 'editor' | 'journalist'
export type Authors = Record<Author, Id>

type Review = 'draft' | 'in-review' | 'changes-requested'
/** Published on a date; left at a review stage; or approved and queued for publication in n days. */
type Publication = { publishedAt: string } | { review: Review; reviewNote?: string } | { scheduledInDays: number }

export type ArticleSeed = Publication & {
  title: string
  format: Article['format']
  standfirst: string
  body: SlateElement[]
  topics: string[]
  audiences: Audience[]
  image: string
  authors: Author[]
  sources: { label: string; url: string }[]
  territory?: Territory
  faqs?: string[]
  sponsored?: boolean
}

export const ARTICLES: ArticleSeed[] = [
  ...CRISIS_ARTICLES,
  ...SUPPORT_ARTICLES,
  ...RECOVERY_ARTICLES,
  ...SUSTAINABLE_ARTICLES,
  ...UPCOMING_ARTICLES,
]

type Deps = { topics: Refs; images: Refs; partners: Refs; faqs: Refs; authors: Authors }

export async function seedArticles(seeder: Seeder, deps: Deps): Promise<Refs> {
  const refs = await createMissing(
    seeder,
    'articles',
    'slug',
    ARTICLES,
    (a) => slugify(a.title),
    (article) => createArticle(seeder, article, deps),
  )
  await scheduleUpcoming(seeder, refs, deps.authors.editor)
  return refs
}

async function createArticle(
  { payload }: Seeder,
  article: ArticleSeed,
  { topics, images, partners, faqs, authors }: Deps,
) {
  const data = {
    title: article.title,
    standfirst: article.standfirst,
    body: article.body,
    format: article.format,
    heroImage: ref(images, article.image, 'image'),
    authors: article.authors.map((author) => authors[author]),
    sources: article.sources,
    relatedFaqs: refsOf(faqs, article.faqs, 'FAQ'),
    territory: article.territory ?? 'national',
    sponsor: article.sponsored ? ref(partners, 'sponsor', 'partner') : undefined,
    topics: refsOf(topics, article.topics, 'topic'),
    audiences: article.audiences,
    createdBy: authors[article.authors[0]],
  }
  if ('review' in article) {
    const review = { workflowStatus: article.review, reviewNote: article.reviewNote }
    return payload.create({
      collection: 'articles',
      data: { ...data, ...review, _status: 'draft' },
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
  }
  if ('scheduledInDays' in article) {
    const approved = { workflowStatus: 'approved', _status: 'draft' } as const
    return payload.create({
      collection: 'articles',
      data: { ...data, ...approved },
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
  }
  const doc = await payload.create({
    collection: 'articles',
    data: { ...data, ...PUBLISHED, publishedAt: article.publishedAt },
    overrideAccess: true,
    depth: 0,
  })
  const english = ARTICLE_TRANSLATIONS[article.title]
  if (english) {
    // Source labels are localized and required: the English version needs them too, on the same rows.
    const sources = (doc.sources ?? []).map(({ id, label, url }) => ({ id, label, url }))
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'en',
      data: { ...english, sources },
      overrideAccess: true,
      depth: 0,
    })
  }
  return doc
}

/**
 * Queues the publication of the scheduled drafts, as the admin's "Schedule publish" does, unless
 * one is already pending or the article has gone out since.
 */
async function scheduleUpcoming({ payload, log }: Seeder, refs: Refs, editor: Id): Promise<void> {
  const scheduled = ARTICLES.flatMap((a) =>
    'scheduledInDays' in a ? [{ id: ref(refs, slugify(a.title), 'article'), days: a.scheduledInDays }] : [],
  )
  const [jobs, drafts] = await Promise.all([
    payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'articles',
      where: { and: [{ id: { in: scheduled.map((s) => s.id) } }, { _status: { equals: 'draft' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {},
    }),
  ])
  const pending = new Set(
    jobs.docs
      .filter((job) => !job.completedAt)
      .map((job) => String((job.input as TaskSchedulePublish['input']).doc?.value)),
  )
  const stillDraft = new Set(drafts.docs.map((doc) => String(doc.id)))
  let queued = 0
  for (const { id, days } of scheduled) {
    if (pending.has(String(id)) || !stillDraft.has(String(id))) continue
    await payload.jobs.queue({
      task: 'schedulePublish',
      // The admin stores the id as a string and looks upcoming jobs up by that string (#10481).
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: String(id) as unknown as Id },
        user: { relationTo: 'users', value: editor },
      },
      waitUntil: new Date(daysFromNow(days, 7)),
    })
    queued += 1
  }
  log(`  scheduled publications: ${scheduled.length} (${queued} new)`)
}
