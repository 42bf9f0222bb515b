import { ownerToken } from '../../src/lib/crisis/ownerLinks'
import { productionApiEnv, spawnServer, type ServerProcess } from '../helpers/process'
import { createTestDatabase, dropTestDatabase } from '../helpers/testDatabase'

type Instances = { a: ServerProcess; b: ServerProcess; token: string }

const SECRET = 'two-instances'
const ADMIN = { name: 'Admin', email: 'admin@newsroom.test', password: 'a-long-password-for-tests', roles: ['admin'] }

/**
 * Two instances of the production server on one database: what a publish through one does to the
 * other's cache. Production mode, so that neither seeds the demo newsroom at start.
 */
export function twoInstanceCases(label: string, extraEnv: () => Record<string, string>) {
  let databaseUri: string
  let instances: Instances

  beforeAll(async () => {
    databaseUri = await createTestDatabase(label)
    const env = {
      ...productionApiEnv(databaseUri, SECRET),
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'info',
      ...extraEnv(),
    }
    const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)])
    const registered = await fetch(`${a.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    const { token } = (await registered.json()) as { token: string }
    instances = { a, b, token }
  })
  afterAll(async () => {
    for (const server of [instances?.a, instances?.b]) server?.child.kill('SIGTERM')
    await Promise.all([instances?.a.exited, instances?.b.exited])
    await dropTestDatabase(databaseUri)
  })

  const write = async (via: ServerProcess, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${via.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${instances.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(response.status).toBeLessThan(300)
    return ((await response.json()) as { doc: { id: number } }).doc
  }
  const publish = (via: ServerProcess, title: string, extra: Record<string, unknown> = {}) =>
    write(via, 'POST', '/api/articles', { title, _status: 'published', workflowStatus: 'approved', ...extra })
  const read = async (server: ServerProcess, path: string) => {
    const response = await fetch(`${server.url}${path}`)
    return { cache: response.headers.get('x-cache'), text: await response.text() }
  }
  /** Reads until the answer comes from that instance's cache, so the next assertion is about invalidation. */
  const warm = async (server: ServerProcess, path: string) => {
    for (let i = 0; i < 3 && (await read(server, path)).cache !== 'HIT'; i++);
    expect((await read(server, path)).cache).toBe('HIT')
  }
  const LIST = '/api/articles?limit=50&sort=-publishedAt'

  test('a publish through one instance is in the next answer of the other', async () => {
    await publish(instances.a, 'Premier article')
    await warm(instances.b, LIST)
    await warm(instances.b, '/api/feed')
    await publish(instances.a, 'Second article')
    const list = await read(instances.b, LIST)
    expect(list.cache).toBe('MISS')
    expect(list.text).toContain('Second article')
    expect((await read(instances.b, '/api/feed')).text).toContain('second-article')
  })

  test('and the other way round', async () => {
    await warm(instances.a, LIST)
    await publish(instances.b, 'Depuis B')
    expect((await read(instances.a, LIST)).text).toContain('Depuis B')
  })

  test('updates, unpublications and deletions through one instance are in the next answer of the other', async () => {
    const doc = await publish(instances.a, 'A modifier')
    await warm(instances.b, LIST)
    await write(instances.a, 'PATCH', `/api/articles/${doc.id}`, { title: 'Modifié' })
    expect((await read(instances.b, LIST)).text).toContain('Modifié')

    await warm(instances.b, LIST)
    await write(instances.a, 'PATCH', `/api/articles/${doc.id}`, { _status: 'draft' })
    expect((await read(instances.b, LIST)).text).not.toContain('Modifié')

    const other = await publish(instances.b, 'A supprimer')
    await warm(instances.a, LIST)
    await write(instances.b, 'DELETE', `/api/articles/${other.id}`)
    expect((await read(instances.a, LIST)).text).not.toContain('A supprimer')
  })

  test('a change refreshes on the other instance only the answers that read what changed', async () => {
    const topic = await write(instances.a, 'POST', '/api/topics', { title: 'Export' })
    const article = await publish(instances.a, 'Avec un sujet', { topics: [topic.id] })
    const faq = await write(instances.a, 'POST', '/api/faqs', {
      question: 'Question sans rapport ?',
      _status: 'published',
      workflowStatus: 'approved',
    })
    const detail = `/api/articles/${article.id}?depth=1`
    const unrelated = [`/api/faqs/${faq.id}`, '/api/faqs?limit=5', '/api/chambers/geojson']
    for (const path of [LIST, detail, ...unrelated]) await warm(instances.b, path)

    await publish(instances.a, 'Encore un')
    expect((await read(instances.b, LIST)).text).toContain('Encore un')
    await write(instances.a, 'PATCH', `/api/topics/${topic.id}`, { title: 'Export et international' })
    const renamed = await read(instances.b, detail)
    expect(renamed.cache).toBe('MISS')
    expect(renamed.text).toContain('Export et international')
    for (const path of unrelated) expect([path, (await read(instances.b, path)).cache]).toEqual([path, 'HIT'])
  })

  test('a listing published, then withdrawn, through one instance is on, then off, the other’s map', async () => {
    await write(instances.a, 'POST', '/api/chambers', {
      name: 'CCI Deux Instances',
      kind: 'territorial',
      departmentCode: '29',
      servicesEnabled: ['open-businesses'],
    })
    const submitted = await fetch(`${instances.a.url}/api/businesses/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Crêperie des Deux Quais',
        category: 'restauration-a-emporter',
        address: '1 quai de la Douane',
        postalCode: '29200',
        city: 'Brest',
        services: ['delivery'],
        ownerEmail: 'creperie@example.test',
      }),
    })
    expect(submitted.status).toBe(202)
    const found = await fetch(`${instances.a.url}/api/businesses?where[postalCode][equals]=29200&depth=0`, {
      headers: { authorization: `JWT ${instances.token}` },
    })
    const [{ id }] = ((await found.json()) as { docs: { id: number }[] }).docs
    const owner = (action: string) =>
      fetch(`${instances.a.url}/api/businesses/${id}/owner`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: ownerToken(SECRET, 'businesses', id, new Date()), action }),
      })
    expect((await owner('confirm')).status).toBe(200)
    const map = (query: string) => `/api/businesses/geojson?bbox=-4.6,48.3,-4.3,48.5${query}`
    const total = async (query: string) =>
      (JSON.parse((await read(instances.b, map(query))).text) as { total: number }).total
    await warm(instances.b, map(''))

    await write(instances.a, 'PATCH', `/api/businesses/${id}`, { status: 'published' })
    // Boxes and filters B never answered: computed from B's own index of the listings, not its response cache.
    expect(await total('&service=delivery')).toBe(1)
    expect((await read(instances.b, map(''))).text).toContain('Crêperie des Deux Quais')
    expect((await owner('withdraw')).status).toBe(200)
    expect(await total('&category=restauration-a-emporter')).toBe(0)
  })
}
