import type { CollectionSlug } from 'payload'

import { isoWeekOf } from '../../src/lib/isoWeek'
import { SUBJECT_STATUSES } from '../../src/lib/subjectFlow'
import type { Media } from '../../src/payload-types'
import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('seedcontent', { seed: 'content' })
}, 120_000)
afterAll(() => app.close())

const all = <C extends CollectionSlug>(collection: C) =>
  app.payload.find({ collection, pagination: false, depth: 0, overrideAccess: true })

const now = () => new Date().toISOString()

describe('demo content', () => {
  test('at least 30 articles in every format, with drafts and scheduled publications', async () => {
    const { docs } = await all('articles')
    expect(docs.length).toBeGreaterThanOrEqual(30)
    expect(new Set(docs.map((a) => a.format))).toEqual(
      new Set(['decryptage', 'news', 'interview', 'guide', 'chronicle']),
    )
    expect(new Set(docs.flatMap((a) => a.audiences ?? []))).toEqual(
      new Set(['entrepreneurs', 'business-owners', 'individuals', 'institutions']),
    )
    expect(docs.filter((a) => a._status === 'draft').length).toBeGreaterThanOrEqual(3)
    expect(docs.filter((a) => a.sponsor).length).toBeGreaterThanOrEqual(1)

    const jobs = await app.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { waitUntil: { greater_than: now() } }] },
      pagination: false,
      overrideAccess: true,
    })
    expect(jobs.docs.length).toBeGreaterThanOrEqual(3)
    const drafts = new Set(docs.filter((a) => a._status === 'draft').map((a) => String(a.id)))
    for (const job of jobs.docs) {
      const input = job.input as { doc?: { relationTo: string; value: unknown } }
      expect(input.doc?.relationTo).toBe('articles')
      expect(drafts.has(String(input.doc?.value))).toBe(true)
    }
  })

  test('every published article has a hero image with its generated sizes', async () => {
    const { docs } = await app.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 1,
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThan(0)
    for (const article of docs) {
      const hero = article.heroImage as Media | null | undefined
      expect({ article: article.slug, alt: hero?.alt }).toEqual({ article: article.slug, alt: expect.any(String) })
      for (const size of ['thumbnail', 'card', 'hero', 'og'] as const) {
        expect({ article: article.slug, size, file: hero?.sizes?.[size]?.filename }).toEqual({
          article: article.slug,
          size,
          file: expect.stringMatching(/\.webp$/),
        })
      }
    }
  })

  test('a few articles and the topic tree read in English; the rest falls back to French', async () => {
    const english = await app.payload.find({
      collection: 'articles',
      locale: 'en',
      fallbackLocale: false,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(english.docs.filter((a) => a.title).length).toBeGreaterThanOrEqual(5)
    const withFallback = await app.payload.find({
      collection: 'articles',
      locale: 'en',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(withFallback.docs.every((a) => a.title)).toBe(true)

    const topics = await app.payload.find({
      collection: 'topics',
      locale: 'en',
      fallbackLocale: false,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(topics.docs.length).toBeGreaterThanOrEqual(10)
    expect(topics.docs.every((t) => t.title)).toBe(true)
    expect(topics.docs.some((t) => t.parent)).toBe(true)
  })

  test('success stories, initiatives, FAQ, guides, chambers, events, dossiers and partners', async () => {
    expect((await all('success-stories')).docs).toHaveLength(10)

    const initiatives = (await all('initiatives')).docs
    expect(initiatives).toHaveLength(8)
    expect(Math.max(...initiatives.map((i) => i.adoptionCount ?? 0))).toBeGreaterThanOrEqual(50)

    expect((await all('faqs')).docs).toHaveLength(20)

    const guides = (await all('guides')).docs
    expect(guides).toHaveLength(10)
    expect(guides.filter((g) => g.reviewDueAt < now()).length).toBeGreaterThanOrEqual(3)

    expect((await all('chambers')).docs).toHaveLength(120)

    const events = (await all('events')).docs
    expect(events).toHaveLength(5)
    expect(events.some((e) => e.endsAt < now() && e.replayUrl)).toBe(true)
    expect(events.some((e) => e.startsAt > now() && e.registrationUrl)).toBe(true)

    const dossiers = (await all('dossiers')).docs
    expect(dossiers.map((d) => d.phase).sort()).toEqual([
      'crisis-aid',
      'personalised-support',
      'recovery',
      'sustainable-economy',
    ])
    for (const dossier of dossiers) expect(dossier.items?.length).toBeGreaterThan(0)

    const partners = (await all('partners')).docs
    expect(partners.map((p) => p.kind).sort()).toEqual(['media-partner', 'media-partner', 'sponsor'])
  })

  test('four weeks of editorial meetings, subjects in every status, some delivered by seeded articles', async () => {
    const meetings = (await all('editorial-meetings')).docs.sort((a, b) => a.week.localeCompare(b.week))
    expect(meetings.map((m) => m.status)).toEqual(['closed', 'closed', 'closed', 'open'])
    expect(meetings.at(-1)?.week).toBe(isoWeekOf(new Date()))
    for (const meeting of meetings.slice(0, 3)) expect(meeting.decisions?.length).toBeGreaterThan(0)

    const subjects = (await all('subjects')).docs
    expect(new Set(subjects.map((s) => s.status))).toEqual(new Set(SUBJECT_STATUSES))
    const delivered = subjects.filter((s) => s.status === 'delivered')
    expect(delivered.length).toBeGreaterThanOrEqual(2)
    for (const subject of delivered) {
      expect(subject.deliverable?.relationTo).toBe('articles')
      const article = await app.payload.findByID({
        collection: 'articles',
        id: subject.deliverable!.value as number,
        depth: 0,
        overrideAccess: true,
      })
      expect(article._status).toBe('published')
    }
    // This week's agenda: the new proposals and the subjects postponed from earlier weeks.
    const agenda = subjects.filter((s) => (s.meetings ?? []).includes(meetings[3].id))
    expect(agenda.length).toBeGreaterThanOrEqual(3)
  })

  test('200 questions from businesses, with a rising trend the newsroom can see', async () => {
    expect((await all('questions')).docs).toHaveLength(200)
    const token = await app.login('editor@newsroom.test')
    const response = await app.request('/api/questions/trends?weeks=4', { token })
    const trends = (await response.json()) as { rising: { slug: string; counts: number[] }[] }
    expect(trends.rising[0].slug).toBe('transition-ecologique')
    expect(trends.rising[0].counts).toEqual([7, 12, 19, 30])
  })

  test('the press room: a published release with its /presse page, a consented list, requests and coverage', async () => {
    const released = (await all('press-releases')).docs.filter((r) => r._status === 'published' && !r.embargoUntil)
    expect(released.length).toBeGreaterThanOrEqual(1)
    const response = await app.request(`/api/resolve?path=/presse/${released[0].slug}&depth=1`)
    expect(response.status).toBe(200)
    const { doc } = (await response.json()) as { doc: Record<string, unknown> }
    expect((doc.keyFigures as unknown[]).length).toBeGreaterThanOrEqual(2)
    expect(doc.spokespeople).toEqual([{ id: expect.any(String), name: expect.any(String) }])
    expect((doc.attachments as { url?: string }[])[0].url).toMatch(/\/api\/media\/file\//)
    expect((doc.relatedPieces as { value: { slug?: string } }[]).every((item) => item.value.slug)).toBe(true)
    expect((await all('press-releases')).docs.some((r) => r.embargoUntil && r.pressLists?.length)).toBe(true)

    const contacts = (await all('media-contacts')).docs
    expect(contacts.length).toBe(4)
    expect(contacts.filter((c) => c.optOutAt).length).toBe(1)
    expect((await all('press-lists')).docs.length).toBe(1)
    const requests = (await all('media-requests')).docs
    expect(requests.length).toBeGreaterThanOrEqual(3)
    expect(requests.some((r) => r.deadline! < now() && ['new', 'assigned'].includes(r.status!))).toBe(true)
    expect((await all('coverage')).docs.length).toBe(5)
  })

  test('running the seed again creates nothing', async () => {
    const collections: CollectionSlug[] = [
      'articles',
      'success-stories',
      'initiatives',
      'faqs',
      'guides',
      'events',
      'dossiers',
      'topics',
      'chambers',
      'partners',
      'media',
      'users',
      'payload-jobs',
      'subjects',
      'editorial-meetings',
      'questions',
      'comments',
    ]
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          collections.map(async (c) => [
            c,
            (await app.payload.count({ collection: c, overrideAccess: true })).totalDocs,
          ]),
        ),
      )
    const before = await counts()
    const { seed } = await import('../../src/seed')
    const lines: string[] = []
    await seed(app.payload, (line) => lines.push(line))
    expect(await counts()).toEqual(before)
    expect(lines.filter((line) => /\(\d+ new\)/.test(line)).every((line) => line.includes('(0 new)'))).toBe(true)
  })
})
