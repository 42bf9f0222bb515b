import { advanceClock, resetClock } from '../../src/lib/clock'
import { isAbandonedUntitled } from '../../src/lib/untitledDrafts'
import { startTestApp, type TestApp } from '../helpers/app'
import { demoUser } from '../helpers/users'

const HOUR = 3_600_000

describe('which untitled drafts count as abandoned', () => {
  const created = '2026-11-20T09:00:00.000Z'
  const later = (ms: number) => new Date(Date.parse(created) + ms)

  test('untitled, never saved after its creation, left alone a day: abandoned', () => {
    expect(isAbandonedUntitled({ title: null, createdAt: created, updatedAt: created }, later(24 * HOUR))).toBe(true)
    expect(
      isAbandonedUntitled(
        { title: { fr: '', en: null }, status: 'draft', createdAt: created, updatedAt: created },
        later(30 * HOUR),
      ),
    ).toBe(true)
  })

  test('kept: a title in any language, younger than a day, worked on after creation, or published', () => {
    expect(
      isAbandonedUntitled(
        { title: { fr: null, en: 'Exports' }, createdAt: created, updatedAt: created },
        later(48 * HOUR),
      ),
    ).toBe(false)
    expect(isAbandonedUntitled({ title: null, createdAt: created, updatedAt: created }, later(23 * HOUR))).toBe(false)
    expect(
      isAbandonedUntitled(
        { title: null, createdAt: created, updatedAt: later(2 * HOUR).toISOString() },
        later(72 * HOUR),
      ),
    ).toBe(false)
    expect(
      isAbandonedUntitled(
        { title: null, status: 'published', createdAt: created, updatedAt: created },
        later(48 * HOUR),
      ),
    ).toBe(false)
  })
})

describe('the nightly cleaning job', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await startTestApp('untitled-drafts', { seed: true })
  })
  afterAll(async () => {
    resetClock()
    await app.close()
  })

  /** Runs the job as its schedule would; the status of that run. */
  const run = async () => {
    const job = await app.payload.jobs.queue({ task: 'cleanUntitledDrafts', queue: 'daily', input: {} })
    const { jobStatus } = await app.payload.jobs.run({ queue: 'daily', silent: true })
    return jobStatus?.[String(job.id)]
  }
  const exists = async (id: number | string) =>
    (await app.payload.count({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: true }))
      .totalDocs === 1

  test('deletes the untitled drafts "Créer" left a day ago, and only those', async () => {
    const journalist = await demoUser(app.payload, 'journalist')
    // What the admin's "Créer" stores before anything is typed.
    const untitled = await app.payload.create({
      collection: 'articles',
      data: {},
      draft: true,
      user: journalist,
      overrideAccess: false,
    })
    const titled = await app.payload.create({
      collection: 'articles',
      data: { title: 'Reprise d’entreprise' },
      draft: true,
      user: journalist,
      overrideAccess: false,
    })

    expect(await run()).toEqual({ status: 'success' })
    expect([await exists(untitled.id), await exists(titled.id)]).toEqual([true, true])

    advanceClock(25 * HOUR)
    expect(await run()).toEqual({ status: 'success' })
    expect([await exists(untitled.id), await exists(titled.id)]).toEqual([false, true])
  })
})
