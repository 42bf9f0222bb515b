import { now } from '../../src/lib/clock'
import { addDays, addWeeks, isoWeekOf, mondayOf } from '../../src/lib/isoWeek'
import { startTestApp, type TestApp } from '../helpers/app'
import { makeMeeting, makeSubject, ROLE_EMAILS, userIds, type DemoRole } from '../helpers/planning'

let app: TestApp
let ids: Record<DemoRole, number>
const tokens: Partial<Record<DemoRole, string>> = {}
beforeAll(async () => {
  // Behind a proxy, so that each test can speak from its own address.
  app = await startTestApp('questions', { seed: true, env: { QUESTIONS_RATE_LIMIT: '3/10m', TRUST_PROXY: 'true' } })
  ids = await userIds(app.payload)
  for (const role of Object.keys(ROLE_EMAILS) as DemoRole[]) tokens[role] = await app.login(ROLE_EMAILS[role])
}, 120_000)
afterAll(() => app.close())

const VALID = {
  text: 'Mon fournisseur d’électricité double ses prix : quelles aides ?',
  sector: 'hospitality',
  territory: 'occitanie',
  audience: 'business-owners',
} as const
let address = 0
const newAddress = () => `203.0.113.${(address += 1)}`
const ask = (json: unknown, from = newAddress(), headers: Record<string, string> = {}) =>
  app.request('/api/questions', { method: 'POST', json, headers: { 'x-forwarded-for': from, ...headers } })
const countQuestions = async () =>
  (await app.payload.count({ collection: 'questions', overrideAccess: true })).totalDocs

describe('the public intake', () => {
  test('a valid question is stored, with the time it was asked', async () => {
    const before = await countQuestions()
    const sent = now().toISOString()
    const response = await ask(VALID)
    const answered = now().toISOString()
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ message: 'Merci : votre question a bien été reçue.' })
    const { docs } = await app.payload.find({
      collection: 'questions',
      sort: '-askedAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ ...VALID, topics: [] })
    expect(docs[0].askedAt >= sent && docs[0].askedAt <= answered).toBe(true)
    expect(await countQuestions()).toBe(before + 1)
  })

  test('an invalid one gets 400 listing every problem, and nothing is stored', async () => {
    const before = await countQuestions()
    const response = await ask({ text: 'Trop court', sector: 'banque', territory: 'occitanie' })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as {
      errors: { data: { errors: { path: string; message: string }[] } }[]
    }
    expect(errors[0].data.errors.map((e) => e.path).sort()).toEqual(['audience', 'sector'])
    expect(errors[0].data.errors.map((e) => e.message)).toContain(
      '« sector » doit être l’une des valeurs : commerce, hospitality, industry, construction, services, transport, tourism, other.',
    )
    const tooLong = await ask({ ...VALID, text: 'x'.repeat(2001) })
    expect(tooLong.status).toBe(400)
    expect(JSON.stringify(await tooLong.json())).toContain(
      '« text » doit faire de 10 à 2\u202f000 caractères (reçu : 2001)',
    )
    expect((await ask('not json at all')).status).toBe(400)
    expect(await countQuestions()).toBe(before)
  })

  test('a field of the wrong type is refused at the edge naming it, in French or English, and nothing is stored', async () => {
    const before = await countQuestions()
    const refusal = async (headers: Record<string, string> = {}) => {
      const response = await ask({ ...VALID, sector: 42, text: ['a list'] }, newAddress(), headers)
      expect(response.status).toBe(400)
      const [error] = ((await response.json()) as { errors: { name: string; data: { errors: FieldError[] } }[] }).errors
      expect(error.name).toBe('ValidationError')
      return error.data.errors
    }
    type FieldError = { path: string; in: string; message: string }
    // `in` is the edge's: the body was checked against the published schema, before the endpoint read it.
    expect(await refusal()).toEqual(
      expect.arrayContaining([
        { path: 'text', in: 'body', message: '« text » doit faire de 10 à 2\u202f000 caractères (reçu : 0).' },
        {
          path: 'sector',
          in: 'body',
          message: expect.stringMatching(/^« sector » doit être l’une des valeurs : commerce, /),
        },
      ]),
    )
    expect(await refusal({ 'accept-language': 'en' })).toEqual(
      expect.arrayContaining([
        { path: 'text', in: 'body', message: '"text" must be 10 to 2,000 characters long (got 0).' },
        { path: 'sector', in: 'body', message: expect.stringMatching(/^"sector" must be one of: commerce, /) },
      ]),
    )
    expect(await countQuestions()).toBe(before)
  })

  test('a form-encoded body is not the JSON object the form publishes: refused at the edge, nothing stored', async () => {
    const before = await countQuestions()
    const response = await app.request('/api/questions', {
      method: 'POST',
      body: new URLSearchParams(VALID).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': newAddress() },
    })
    expect(response.status).toBe(400)
    const [error] = ((await response.json()) as { errors: { data: { errors: unknown[] } }[] }).errors
    expect(error.data.errors).toEqual([
      { path: '', in: 'body', message: 'Envoyez un objet JSON : { "text", "sector", "territory", "audience" }.' },
    ])
    expect(await countQuestions()).toBe(before)
  })

  test('a filled honeypot is answered like a real question and dropped', async () => {
    const before = await countQuestions()
    const response = await ask({ ...VALID, website: 'https://cheap-pills.example' })
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ message: 'Merci : votre question a bien été reçue.' })
    expect(await countQuestions()).toBe(before)
  })

  test('each address is limited: 429 with Retry-After, other addresses unaffected', async () => {
    const from = newAddress()
    for (let i = 0; i < 3; i += 1) expect((await ask(VALID, from)).status).toBe(201)
    const limited = await ask(VALID, from)
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(600)
    expect(((await limited.json()) as { errors: { message: string }[] }).errors[0].message).toContain(
      'Trop de questions',
    )
    // Claiming another address through the platform's internal header changes nothing.
    expect((await ask(VALID, from, { 'x-newsroom-client-address': '198.51.100.7' })).status).toBe(429)
    expect((await ask(VALID, newAddress())).status).toBe(201)
  })
})

describe('who sees and tags questions', () => {
  test('anonymous cannot read questions, through REST or GraphQL, nor create them through GraphQL', async () => {
    const { docs } = await app.payload.find({ collection: 'questions', limit: 1, overrideAccess: true })
    expect((await app.request('/api/questions')).status).toBe(403)
    expect((await app.request(`/api/questions/${docs[0].id}`)).status).toBe(403)
    const read = await app.graphql('{ Questions { docs { text } } }')
    expect(read.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const create = await app.graphql(
      'mutation { createQuestion(data: { text: "Une question par GraphQL", sector: commerce, territory: national, audience: individuals, askedAt: "2026-01-01" }) { id } }',
    )
    expect(create.body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })

  test('staff tag topics; the business’s words stay as sent; contributors read only; editors delete', async () => {
    const topic = await app.payload.create({ collection: 'topics', data: { title: 'Énergie' }, overrideAccess: true })
    const question = await app.payload.create({
      collection: 'questions',
      data: { ...VALID, askedAt: now().toISOString() },
      overrideAccess: true,
    })
    const tag = await app.request(`/api/questions/${question.id}`, {
      method: 'PATCH',
      token: tokens.journalist,
      json: { topics: [topic.id], text: 'Réécrite par la rédaction' },
    })
    expect(tag.status).toBe(200)
    const tagged = await app.payload.findByID({
      collection: 'questions',
      id: question.id,
      depth: 0,
      overrideAccess: true,
    })
    expect([tagged.topics, tagged.text]).toEqual([[topic.id], VALID.text])
    expect((await app.request(`/api/questions/${question.id}`, { token: tokens.contributor })).status).toBe(200)
    expect(
      (
        await app.request(`/api/questions/${question.id}`, {
          method: 'PATCH',
          token: tokens.contributor,
          json: { topics: [] },
        })
      ).status,
    ).toBe(403)
    expect(
      (await app.request(`/api/questions/${question.id}`, { method: 'DELETE', token: tokens.journalist })).status,
    ).toBe(403)
    expect(
      (await app.request(`/api/questions/${question.id}`, { method: 'DELETE', token: tokens.editor })).status,
    ).toBe(200)
  })
})

describe('trends', () => {
  const current = () => isoWeekOf(now())
  /** n questions on a topic, asked on the Tuesday of the week `weeksAgo` weeks back. */
  async function asked(topic: number, weeksAgo: number, n: number) {
    const tuesday = addDays(mondayOf(addWeeks(current(), -weeksAgo))!, 1)
    for (let i = 0; i < n; i += 1) {
      await app.payload.create({
        collection: 'questions',
        data: { ...VALID, topics: [topic], askedAt: `${tuesday}T10:00:00.000Z` },
        overrideAccess: true,
      })
    }
  }

  type Trend = { topic: string; title: string; counts: number[]; total: number; slope: number; thisWeek: number }
  type Report = { weeks: string[]; currentWeek: string; topics: Trend[]; rising: Trend[] }

  test('counts per topic per complete week, this week apart, and the fastest-rising topics', async () => {
    const rising = await app.payload.create({
      collection: 'topics',
      data: { title: 'Prix de l’énergie' },
      overrideAccess: true,
    })
    const steady = await app.payload.create({
      collection: 'topics',
      data: { title: 'Fonds de solidarité' },
      overrideAccess: true,
    })
    for (const [weeksAgo, n] of [
      [4, 1],
      [3, 2],
      [2, 3],
      [1, 6],
      [0, 2],
      [6, 9],
    ])
      await asked(rising.id, weeksAgo, n)
    for (const weeksAgo of [1, 2, 3, 4]) await asked(steady.id, weeksAgo, 4)

    const response = await app.request('/api/questions/trends?weeks=4', { token: tokens.editor })
    expect(response.status).toBe(200)
    const report = (await response.json()) as Report
    expect(report.currentWeek).toBe(current())
    expect(report.weeks).toEqual([4, 3, 2, 1].map((n) => addWeeks(current(), -n)))
    const energy = report.topics.find((t) => t.topic === String(rising.id))
    expect(energy).toEqual({
      topic: String(rising.id),
      title: 'Prix de l’énergie',
      slug: 'prix-de-l-energie',
      counts: [1, 2, 3, 6],
      total: 12,
      slope: 1.6,
      thisWeek: 2,
    })
    expect(report.topics.find((t) => t.topic === String(steady.id))).toMatchObject({ counts: [4, 4, 4, 4], slope: 0 })
    expect(report.rising[0].topic).toBe(String(rising.id))
    expect(report.rising.some((t) => t.topic === String(steady.id))).toBe(false)
  })

  test('staff only, and a sensible number of weeks', async () => {
    expect((await app.request('/api/questions/trends')).status).toBe(401)
    expect((await app.request('/api/questions/trends?weeks=0', { token: tokens.editor })).status).toBe(400)
    expect((await app.request('/api/questions/trends?weeks=abc', { token: tokens.editor })).status).toBe(400)
    expect((await app.request('/api/questions/trends?weeks=26', { token: tokens.community })).status).toBe(200)
  })

  test('from a trend, a subject in one action: sourced from the questions, linked to them, on the next meeting’s agenda', async () => {
    const topic = await app.payload.create({
      collection: 'topics',
      data: { title: 'Loyers commerciaux' },
      overrideAccess: true,
    })
    await asked(topic.id, 2, 2)
    await asked(topic.id, 1, 5)
    await asked(topic.id, 9, 3)
    const meeting = await makeMeeting(app.payload, { week: addWeeks(current(), 1) })
    const propose = () =>
      app.request('/api/questions/trends/propose?depth=0', {
        method: 'POST',
        token: tokens.editor,
        json: { topic: topic.id },
      })

    const response = await propose()
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Record<string, unknown> }
    expect(doc).toMatchObject({
      title: 'Questions des entreprises : Loyers commerciaux',
      source: 'business-questions',
      status: 'proposed',
      topics: [topic.id],
      meetings: [meeting.id],
      createdBy: ids.editor,
    })
    expect(doc.questions as number[]).toHaveLength(7)
    expect(doc.sourceDetails).toContain('7 questions sur « Loyers commerciaux »')

    const again = await propose()
    expect(again.status).toBe(409)
    expect(((await again.json()) as { errors: { data: { subject: number } }[] }).errors[0].data.subject).toBe(doc.id)

    const quiet = await app.payload.create({
      collection: 'topics',
      data: { title: 'Sujet calme' },
      overrideAccess: true,
    })
    expect(
      (
        await app.request('/api/questions/trends/propose', {
          method: 'POST',
          token: tokens.editor,
          json: { topic: quiet.id },
        })
      ).status,
    ).toBe(400)
    expect(
      (await app.request('/api/questions/trends/propose', { method: 'POST', json: { topic: topic.id } })).status,
    ).toBe(401)
  })
})

describe('without SMTP_URL', () => {
  test('notifications go to the log, and their jobs complete', async () => {
    const subject = await makeSubject(app.payload, { status: 'accepted' })
    await app.request(`/api/subjects/${subject.id}`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { status: 'assigned', assignee: ids.journalist },
    })
    const queued = () =>
      app.payload.count({
        collection: 'payload-jobs',
        where: { queue: { equals: 'notifications' } },
        overrideAccess: true,
      })
    expect((await queued()).totalDocs).toBeGreaterThan(0)
    await app.payload.jobs.run({ queue: 'notifications', silent: true })
    // Completed jobs are removed; a failed one would stay, marked with its error.
    expect((await queued()).totalDocs).toBe(0)
  })
})
