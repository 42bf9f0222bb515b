import { startTestApp, type TestApp } from '../helpers/app'
import { expectedMove, pairs, SUBJECT_STATUSES, type Role } from '../helpers/expectedTransitions'
import { makeSubject, ROLE_EMAILS, subjectById, userIds, type DemoRole } from '../helpers/planning'
import { demoUser } from '../helpers/users'

let app: TestApp
let ids: Record<DemoRole, number>
const tokens: Partial<Record<DemoRole, string>> = {}
beforeAll(async () => {
  app = await startTestApp('subjects', { seed: true })
  ids = await userIds(app.payload)
  for (const role of Object.keys(ROLE_EMAILS) as DemoRole[]) tokens[role] = await app.login(ROLE_EMAILS[role])
}, 120_000)
afterAll(() => app.close())

type ErrorBody = { errors: { message: string }[] }
const ROLE_NAME: Record<DemoRole, string> = {
  admin: 'admin',
  editor: 'editor',
  journalist: 'journalist',
  community: 'community-manager',
  contributor: 'contributor',
}
const patch = (role: DemoRole, id: number, data: Record<string, unknown>) =>
  app.request(`/api/subjects/${id}`, { method: 'PATCH', token: tokens[role], json: data })
const message = async (response: Response) => ((await response.json()) as ErrorBody).errors[0].message

describe('every subject transition, per role, through REST', () => {
  const PAIRS = pairs(SUBJECT_STATUSES)
  const ACTORS: { role: DemoRole; assignee: boolean }[] = [
    { role: 'admin', assignee: false },
    { role: 'editor', assignee: false },
    { role: 'journalist', assignee: true },
    { role: 'journalist', assignee: false },
    { role: 'community', assignee: true },
    { role: 'community', assignee: false },
    { role: 'contributor', assignee: true },
    { role: 'contributor', assignee: false },
  ]

  test.each(ACTORS)('$role (assignee: $assignee)', async ({ role, assignee }) => {
    for (const { from, to } of PAIRS) {
      const someoneElse = role === 'editor' ? ids.journalist : ids.editor
      const subject = await makeSubject(app.payload, { status: from, assignee: assignee ? ids[role] : someoneElse })
      const verdict = expectedMove('subject', from, to, ROLE_NAME[role] as Role, assignee)
      const response = await patch(role, subject.id, { status: to })
      const label = `${role}: ${from} → ${to}`
      // A non-decider may only update subjects they proposed or were given: others are out of reach (403/404) before the workflow speaks.
      const reachable = role === 'admin' || role === 'editor' || assignee
      const expected = verdict === 'ok' ? [200] : reachable ? [verdict] : [403, 404]
      expect([
        label,
        expected.includes(response.status) ? 'as expected' : `${response.status}: ${await response.text()}`,
      ]).toEqual([label, 'as expected'])
      const status = (await subjectById(app.payload, subject.id)).status
      expect([label, status]).toEqual([label, verdict === 'ok' ? to : from])
    }
  })
})

describe('the workflow speaks', () => {
  test('a refused move lists the moves this user may make', async () => {
    const subject = await makeSubject(app.payload, { status: 'assigned', assignee: ids.journalist })
    const refused = await patch('journalist', subject.id, { status: 'delivered' })
    expect(refused.status).toBe(403)
    expect(await message(refused)).toBe(
      'Vous ne pouvez pas faire passer ce sujet de « assigned » à « delivered ». ' +
        'Depuis « assigned », vous pouvez le faire passer à : in-progress.',
    )
    const unknown = await patch('editor', subject.id, { status: 'proposed' })
    expect(unknown.status).toBe(400)
    expect(await message(unknown)).toBe(
      '« assigned » → « proposed » n’est pas une étape du circuit des sujets. ' +
        'Depuis « assigned », vous pouvez le faire passer à : postponed, in-progress, delivered.',
    )
  })

  test('the same rules hold through GraphQL and the Local API', async () => {
    const subject = await makeSubject(app.payload)
    const { body } = await app.graphql(
      `mutation { updateSubject(id: ${subject.id}, data: { status: accepted }) { id } }`,
      { token: tokens.journalist },
    )
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const journalist = await demoUser(app.payload, 'journalist')
    await expect(
      app.payload.update({
        collection: 'subjects',
        id: subject.id,
        data: { status: 'accepted' },
        user: journalist,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const ok = await app.graphql(
      `mutation { updateSubject(id: ${subject.id}, data: { status: accepted }) { status } }`,
      { token: tokens.editor },
    )
    expect(ok.body.data).toEqual({ updateSubject: { status: 'accepted' } })
  })
})

describe('proposing and deciding', () => {
  test.each(['journalist', 'community', 'contributor', 'editor'] as DemoRole[])(
    '%s may propose a subject; it starts as a proposal',
    async (role) => {
      const response = await app.request('/api/subjects?depth=0', {
        method: 'POST',
        token: tokens[role],
        json: { title: `Proposition de ${role}`, source: 'newsroom-idea' },
      })
      expect(response.status).toBe(201)
      const { doc } = (await response.json()) as { doc: { status: string; createdBy: number } }
      expect(doc).toMatchObject({ status: 'proposed', createdBy: ids[role] })
    },
  )

  test('anonymous may neither propose nor read subjects', async () => {
    await makeSubject(app.payload)
    expect(
      (await app.request('/api/subjects', { method: 'POST', json: { title: 'Anonyme', source: 'newsroom-idea' } }))
        .status,
    ).toBe(403)
    expect((await app.request('/api/subjects')).status).toBe(403)
  })

  test('a proposal cannot decide itself: creating it accepted is for editors', async () => {
    const refused = await app.request('/api/subjects', {
      method: 'POST',
      token: tokens.journalist,
      json: { title: 'Déjà acté ?', source: 'newsroom-idea', status: 'accepted' },
    })
    expect(refused.status).toBe(403)
    const accepted = await app.request('/api/subjects', {
      method: 'POST',
      token: tokens.editor,
      json: { title: 'Acté d’emblée', source: 'newsroom-idea', status: 'accepted' },
    })
    expect(accepted.status).toBe(201)
  })

  test('only editors assign and set due dates', async () => {
    const response = await app.request('/api/subjects', {
      method: 'POST',
      token: tokens.journalist,
      json: { title: 'Pour moi', source: 'newsroom-idea', assignee: ids.journalist },
    })
    expect(response.status).toBe(403)
    expect(await message(response)).toBe('Seuls les éditeurs attribuent les sujets et fixent leurs échéances.')
    const mine = await makeSubject(app.payload, { status: 'assigned', assignee: ids.journalist })
    expect((await patch('journalist', mine.id, { dueDate: '2030-01-01T12:00:00.000Z' })).status).toBe(403)
    expect((await patch('editor', mine.id, { dueDate: '2030-01-01T12:00:00.000Z' })).status).toBe(200)
  })

  test('an assigned subject needs its assignee', async () => {
    const subject = await makeSubject(app.payload, { status: 'accepted' })
    const response = await patch('editor', subject.id, { status: 'assigned' })
    expect(response.status).toBe(400)
    expect(await message(response)).toContain('doit être attribué')
    expect((await patch('editor', subject.id, { status: 'assigned', assignee: ids.journalist })).status).toBe(200)
  })

  test('a subject goes to someone who can write its kind of piece', async () => {
    const subject = await makeSubject(app.payload, { status: 'accepted', targetType: 'articles' })
    const response = await patch('editor', subject.id, { status: 'assigned', assignee: ids.community })
    expect(response.status).toBe(400)
    expect(await message(response)).toBe(
      'Sarah Lefèvre ne peut pas écrire de contenu « articles » : attribuez le sujet à quelqu’un qui le peut, ' +
        'ou changez le type de contenu.',
    )
  })

  test('a contributor sees only the subjects they proposed or were given', async () => {
    const user = await app.payload.create({
      collection: 'users',
      data: {
        name: 'Correspondante',
        email: 'correspondante@newsroom.test',
        password: 'a-long-password-1',
        roles: ['contributor'],
      },
      overrideAccess: true,
    })
    const token = await app.login('correspondante@newsroom.test', 'a-long-password-1')
    const theirs = await app.request('/api/subjects', {
      method: 'POST',
      token,
      json: { title: 'Initiative locale à couvrir', source: 'chamber-initiative' },
    })
    const { doc } = (await theirs.json()) as { doc: { id: number } }
    const given = await makeSubject(app.payload, { status: 'assigned', assignee: user.id })
    await makeSubject(app.payload, { title: 'Sujet interne' })
    const { docs } = (await (await app.request('/api/subjects?limit=100&depth=0', { token })).json()) as {
      docs: { id: number }[]
    }
    expect(docs.map((d) => d.id).sort()).toEqual([doc.id, given.id].sort())
  })
})
