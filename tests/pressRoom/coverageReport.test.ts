import { startTestApp, type TestApp } from '../helpers/app'
import { publishRelease } from '../helpers/press'

/*
 * The coverage report against fixtures whose totals are worked out by hand below. Weeks are ISO
 * weeks in Paris time: 2026-03-02 is the Monday of 2026-W10.
 */
let app: TestApp
let editor: string
let releaseA: { id: number | string }

beforeAll(async () => {
  app = await startTestApp('coverage-report', { seed: true })
  editor = await app.login('editor@newsroom.test')
  releaseA = await publishRelease(app.payload, { title: 'Plan commerces', pressLists: [] })
  const items = [
    // in range
    {
      title: 'A1',
      outlet: 'Les Échos',
      medium: 'print',
      date: '2026-03-02T08:00:00.000Z',
      audience: 120000,
      tone: 'positive',
      release: releaseA.id,
    },
    {
      title: 'A2',
      outlet: 'France Inter',
      medium: 'radio',
      date: '2026-03-04T07:00:00.000Z',
      audience: 300000,
      tone: 'neutral',
      release: releaseA.id,
    },
    {
      title: 'A3',
      outlet: 'Les Échos',
      medium: 'print',
      date: '2026-03-10T09:00:00.000Z',
      audience: 80000,
      tone: 'negative',
    },
    {
      title: 'A4',
      outlet: 'BFM Business',
      medium: 'tv',
      date: '2026-03-11T18:00:00.000Z',
      tone: 'positive',
      release: releaseA.id,
    },
    // Sunday 2026-03-15 23:30 Paris is still week 11; the last day of the range, included.
    {
      title: 'A5',
      outlet: 'Le Web Éco',
      medium: 'web',
      date: '2026-03-15T22:30:00.000Z',
      audience: 5000,
      tone: 'positive',
    },
    // out of range
    {
      title: 'B1',
      outlet: 'Les Échos',
      medium: 'print',
      date: '2026-03-16T00:30:00.000Z',
      audience: 999999,
      tone: 'positive',
    },
    {
      title: 'B2',
      outlet: 'Les Échos',
      medium: 'print',
      date: '2026-02-28T12:00:00.000Z',
      audience: 999999,
      tone: 'negative',
    },
  ]
  for (const data of items)
    await app.payload.create({ collection: 'coverage', data: data as never, overrideAccess: true })
}, 60_000)
afterAll(() => app?.close())

const report = (query: string, token = editor) => app.request(`/api/coverage/report?${query}`, { token })

test('totals by medium, outlet, tone, release and week, with audience sums, as worked out by hand', async () => {
  const response = await report('from=2026-03-01&to=2026-03-15')
  expect(response.status).toBe(200)
  const body = await response.json()
  expect(body.totals).toEqual({ count: 5, audience: 505000 })
  expect(body.byMedium).toEqual([
    { key: 'print', label: 'Presse écrite', count: 2, audience: 200000 },
    { key: 'radio', label: 'Radio', count: 1, audience: 300000 },
    { key: 'web', label: 'Web', count: 1, audience: 5000 },
    { key: 'tv', label: 'Télévision', count: 1, audience: 0 },
  ])
  expect(
    body.byOutlet.map((b: { label: string; count: number; audience: number }) => [b.label, b.count, b.audience]),
  ).toEqual([
    ['Les Échos', 2, 200000],
    ['France Inter', 1, 300000],
    ['Le Web Éco', 1, 5000],
    ['BFM Business', 1, 0],
  ])
  expect(body.byTone).toEqual([
    { key: 'positive', label: 'Positive', count: 3, audience: 125000 },
    { key: 'neutral', label: 'Neutre', count: 1, audience: 300000 },
    { key: 'negative', label: 'Négative', count: 1, audience: 80000 },
  ])
  expect(body.byRelease).toEqual([
    { key: String(releaseA.id), label: 'Plan commerces', count: 3, audience: 420000 },
    { key: '(none)', label: '(aucun)', count: 2, audience: 85000 },
  ])
  expect(body.byWeek).toEqual([
    { week: '2026-W10', count: 2, audience: 420000, byMedium: { print: 1, radio: 1 } },
    { week: '2026-W11', count: 3, audience: 85000, byMedium: { print: 1, tv: 1, web: 1 } },
  ])
})

test('media and tones are named in the reader’s language, their codes kept as keys', async () => {
  const response = await app.request('/api/coverage/report?from=2026-03-01&to=2026-03-15', {
    token: editor,
    headers: { 'accept-language': 'en' },
  })
  const body = await response.json()
  expect(body.byMedium.map((b: { key: string; label: string }) => [b.key, b.label])).toEqual([
    ['print', 'Print'],
    ['radio', 'Radio'],
    ['web', 'Web'],
    ['tv', 'TV'],
  ])
  expect(body.byTone.map((b: { label: string }) => b.label)).toEqual(['Positive', 'Neutral', 'Negative'])
  expect(body.byRelease.at(-1)).toMatchObject({ key: '(none)', label: '(none)' })
  expect(body.byWeek[0].byMedium).toEqual({ print: 1, radio: 1 })
})

test('CSV: the same figures, one line per bucket', async () => {
  const response = await report('from=2026-03-01&to=2026-03-15&format=csv')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/csv')
  const lines = (await response.text()).trim().split('\r\n')
  expect(lines[0]).toBe('dimension,key,label,count,audience')
  expect(lines[1]).toBe('total,,,5,505000')
  expect(lines).toContain('medium,print,Presse écrite,2,200000')
  expect(lines).toContain('tone,positive,Positive,3,125000')
  expect(lines).toContain(`release,${releaseA.id},Plan commerces,3,420000`)
  expect(lines).toContain('week,2026-W11,2026-W11,3,85000')
})

test('staff only; a bad range is a 400 naming from and to', async () => {
  expect((await app.request('/api/coverage/report?from=2026-03-01&to=2026-03-15')).status).toBe(401)
  expect((await report('from=2026-03-01&to=2026-03-15', await app.login('contributor@newsroom.test'))).status).toBe(403)
  expect((await report('from=2026-03-01&to=2026-03-15', await app.login('journalist@newsroom.test'))).status).toBe(200)
  for (const query of [
    'from=2026-03-20&to=2026-03-15',
    'from=hier&to=2026-03-15',
    'to=2026-03-15',
    'from=2026-03-01&to=2026-03-15&format=xml',
  ]) {
    const response = await report(query)
    expect(response.status).toBe(400)
  }
  expect(JSON.stringify(await (await report('from=2026-03-20&to=2026-03-15')).json())).toContain('from')
})
