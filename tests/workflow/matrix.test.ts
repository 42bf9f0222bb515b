import { Forbidden, type CollectionSlug, type Payload } from 'payload'

import { startTestApp, type TestApp } from '../helpers/app'
import { ACTORS, expectedCells, GROUPS, type ExpectedActor as Actor, type Probe } from '../helpers/expectedPermissions'
import { COMMENT_TARGET, GRAPHQL, SAMPLES, titleField } from '../helpers/samples'
import { PUBLISH } from '../helpers/users'

/**
 * Every actor × collection × probe of the hand-written table (tests/helpers/expectedPermissions.ts) against
 * the running platform. Each cell goes through one surface — the Local API (overrideAccess: false), REST or
 * GraphQL, in turn — so that every grant is checked once against the system and every actor × collection
 * through all three surfaces; the permission table itself is checked cell by cell in permissionTable.test.ts.
 */
const EMAIL: Record<string, string> = { 'community-manager': 'community@newsroom.test' }
const versioned = (collection: string) => [...GROUPS.pieces, ...GROUPS['chamber pieces']].includes(collection)
// Where the fixtures record who made a document and which chamber it belongs to (the collections' fields).
// A media request is the assignee's to answer: its "mine" is a request assigned to the actor.
const OWNER_FIELD: Record<string, string> = { comments: 'author', 'media-requests': 'assignee' }
const ownerFieldOf = (collection: string) => OWNER_FIELD[collection] ?? 'createdBy'
const CHAMBER_FIELD: Record<string, string> = {
  'success-stories': 'chamber',
  initiatives: 'leadChamber',
  events: 'organiser',
  businesses: 'chamber',
  'aid-posts': 'chamber',
}
const listing = (collection: string) => GROUPS['crisis listings'].includes(collection)
/** A listing's moderation state for a probe: live (confirmed, published, unexpired), or awaiting its chamber. */
const LISTING_STATE = {
  published: () => ({
    status: 'published',
    confirmedAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  }),
  draft: () => ({ status: 'pending' }),
}

let app: TestApp
const tokens: Partial<Record<Actor, string>> = {}
const users: Partial<Record<Actor, Record<string, unknown>>> = {}
let chamberId: number
let counter = 0
const word = () => `m${(counter += 1)}x${Date.now().toString(36)}`

beforeAll(async () => {
  app = await startTestApp('matrix', { seed: true })
  chamberId = (
    await app.payload.create({
      collection: 'chambers',
      data: { name: 'CCI du correspondant', kind: 'territorial' },
      overrideAccess: true,
    })
  ).id as number
  COMMENT_TARGET.value = (
    await app.payload.create({
      collection: 'subjects',
      data: { title: 'Sujet commenté', source: 'newsroom-idea', priority: 'normal' },
      overrideAccess: true,
    })
  ).id as number
  for (const actor of ACTORS.filter((a) => a !== 'anonymous')) {
    const email = EMAIL[actor] ?? `${actor}@newsroom.test`
    const user = (
      await app.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
    ).docs[0]
    const updated =
      actor === 'contributor'
        ? await app.payload.update({
            collection: 'users',
            id: user.id,
            data: { chamber: chamberId },
            overrideAccess: true,
          })
        : user
    users[actor] = { ...updated, collection: 'users' }
    tokens[actor] = await app.login(email)
  }
}, 120_000)
afterAll(() => app.close())

type Outcome = 'allowed' | 'refused'

/**
 * Documents made by the system for an actor ("someone else's": the editor's, or the journalist's when the
 * actor is the editor).
 */
async function fixture(
  payload: Payload,
  collection: string,
  owner: Actor,
  status: 'draft' | 'published',
): Promise<number | string> {
  const data: Record<string, unknown> = {
    ...SAMPLES[collection](word()),
    [ownerFieldOf(collection)]: users[owner as Actor]?.id,
  }
  if (CHAMBER_FIELD[collection]) data[CHAMBER_FIELD[collection]] = chamberId
  if (status === 'published' && versioned(collection)) Object.assign(data, PUBLISH)
  if (listing(collection)) Object.assign(data, LISTING_STATE[status]())
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    data: data as never,
    draft: status === 'draft' && versioned(collection),
    overrideAccess: true,
  })
  return doc.id
}

function createData(collection: string, publish = false): Record<string, unknown> {
  const data = { ...SAMPLES[collection](word()) }
  if (CHAMBER_FIELD[collection]) data[CHAMBER_FIELD[collection]] = chamberId
  return publish ? { ...data, ...PUBLISH } : data
}

const rename = (collection: string) => ({ [titleField(collection)]: `Renommé ${word()}` })

/*
 * `POST /api/media-requests` is also the public form: for anyone who may not create requests it stores the
 * submission as a new request and answers a thank-you without the document. The sender gets no document
 * of their own, so the create probe counts it as refused; a create the rules allow answers the document.
 */
const FORM_CREATE = new Set(['media-requests'])
const isFormAnswer = (body: string) => {
  const parsed = JSON.parse(body) as { doc?: unknown; message?: unknown }
  return parsed.doc === undefined && typeof parsed.message === 'string'
}

function restOutcome(status: number, body: string, collection?: string): Outcome {
  if (status === 201 && collection && FORM_CREATE.has(collection) && isFormAnswer(body)) return 'refused'
  if (status >= 200 && status < 300) return 'allowed'
  if (status === 403 || status === 404 || status === 401) return 'refused'
  throw new Error(`unexpected HTTP ${status}: ${body}`)
}

async function localOutcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await run()
    return result === null || result === undefined ? 'refused' : 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return 'refused'
    throw error
  }
}

function graphqlOutcome(
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] },
  field: string,
): Outcome {
  if (body.errors?.length) {
    const status = body.errors[0].extensions?.statusCode
    if (status === 403 || status === 404 || status === 401) return 'refused'
    throw new Error(`unexpected GraphQL error: ${JSON.stringify(body.errors)}`)
  }
  return body.data?.[field] ? 'allowed' : 'refused'
}

type Api = 'local' | 'rest' | 'graphql'

/** Runs one probe through one API and says whether it was allowed. */
async function attempt(api: Api, actor: Actor, collection: string, probe: Probe): Promise<Outcome> {
  const { payload } = app
  const slug = collection as CollectionSlug
  const user = users[actor]
  const token = tokens[actor]
  const local = { user, overrideAccess: false as const }
  const names = GRAPHQL[collection]
  const gql = async (query: string, variables: Record<string, unknown>, field: string) =>
    graphqlOutcome((await app.graphql(query, { token, variables })).body as never, field)
  const rest = async (path: string, init: Parameters<TestApp['request']>[1] = {}) => {
    const response = await app.request(path, { ...init, token })
    const isCreate = init.method === 'POST' && path === `/api/${collection}`
    return restOutcome(response.status, await response.text(), isCreate ? collection : undefined)
  }

  switch (probe) {
    case 'read':
    case 'drafts': {
      const id =
        collection === 'users'
          ? (users.editor!.id as number)
          : await fixture(payload, collection, 'editor', probe === 'read' ? 'published' : 'draft')
      // Listings have no versions: their unpublished state is a status, read like any other.
      const draft = probe === 'drafts' && versioned(collection)
      if (api === 'local')
        return localOutcome(() => payload.findByID({ collection: slug, id, draft, ...local, disableErrors: true }))
      if (api === 'rest') return rest(`/api/${collection}/${id}${draft ? '?draft=true' : ''}`)
      return gql(`query($id: Int!) { ${names.one}(id: $id${draft ? ', draft: true' : ''}) { id } }`, { id }, names.one)
    }
    case 'create':
    case 'publish': {
      const data = createData(collection, probe === 'publish')
      if (api === 'local')
        return localOutcome(() => payload.create({ collection: slug, data: data as never, ...local }))
      if (api === 'rest') return rest(`/api/${collection}`, { method: 'POST', json: data })
      return gql(
        `mutation($data: mutation${names.one}Input!) { create${names.one}(data: $data) { id } }`,
        { data },
        `create${names.one}`,
      )
    }
    case 'mine':
    case 'others': {
      const id =
        collection === 'users'
          ? ((probe === 'mine'
              ? user?.id
              : users.journalist!.id === user?.id
                ? users.editor!.id
                : users.journalist!.id) as number)
          : await fixture(
              payload,
              collection,
              probe === 'mine' ? actor : actor === 'editor' ? 'journalist' : 'editor',
              'draft',
            )
      const data = rename(collection)
      if (api === 'local')
        return localOutcome(() =>
          payload.update({ collection: slug, id, data: data as never, draft: versioned(collection), ...local }),
        )
      if (api === 'rest')
        return rest(`/api/${collection}/${id}${versioned(collection) ? '?draft=true' : ''}`, {
          method: 'PATCH',
          json: data,
        })
      const draftArg = versioned(collection) ? ', draft: true' : ''
      return gql(
        `mutation($id: Int!, $data: mutation${names.one}UpdateInput!) ` +
          `{ update${names.one}(id: $id, data: $data${draftArg}) { id } }`,
        { id, data },
        `update${names.one}`,
      )
    }
    case 'delete': {
      const id =
        collection === 'users'
          ? (await payload.create({ collection: 'users', data: SAMPLES.users(word()) as never, overrideAccess: true }))
              .id
          : await fixture(payload, collection, 'editor', 'draft')
      if (api === 'local') return localOutcome(() => payload.delete({ collection: slug, id, ...local }))
      if (api === 'rest') return rest(`/api/${collection}/${id}`, { method: 'DELETE' })
      return gql(`mutation($id: Int!) { delete${names.one}(id: $id) { id } }`, { id }, `delete${names.one}`)
    }
  }
}

const APIS: Api[] = ['local', 'rest', 'graphql']
const COLLECTIONS = Object.values(GROUPS).flat()
/**
 * The surface a cell goes through: the cells of one actor × collection (four or more) take the three in
 * turn, shifted by collection so that each probe meets every surface across collections.
 */
const CELLS = (() => {
  const seen = new Map<string, number>()
  return expectedCells().map((cell) => {
    const key = `${cell.actor} ${cell.collection}`
    const i = seen.get(key) ?? 0
    seen.set(key, i + 1)
    return { ...cell, api: APIS[(i + COLLECTIONS.indexOf(cell.collection)) % APIS.length] }
  })
})()
const anonymousLocalWrite = (actor: Actor, api: Api, probe: Probe) =>
  actor === 'anonymous' && api === 'local' && probe !== 'read' && probe !== 'drafts'

test('every actor × collection goes through the Local API, REST and GraphQL', () => {
  const surfaces = new Map<string, Set<Api>>()
  for (const { actor, collection, api } of CELLS) {
    const key = `${actor} ${collection}`
    surfaces.set(key, (surfaces.get(key) ?? new Set<Api>()).add(api))
  }
  const partial = [...surfaces].filter(([, apis]) => apis.size < APIS.length).map(([key]) => key)
  expect(partial).toEqual([])
  expect(CELLS).toHaveLength(expectedCells().length)
})

test.each(CELLS)('$actor · $collection · $probe: allowed $allowed through $api', async (cell) => {
  const { actor, collection, probe, allowed, api } = cell
  if (anonymousLocalWrite(actor, api, probe)) {
    expect(allowed).toBe(false)
    await expectAnonymousLocalWriteRefused(collection, probe)
    return
  }
  expect(await attempt(api, actor, collection, probe)).toBe(allowed ? 'allowed' : 'refused')
})

/**
 * The Local API with overrideAccess: false and no user is how a server-side caller acting for a visitor
 * asks: it must be refused like an anonymous HTTP request (Forbidden), and leave the database as it was.
 */
async function expectAnonymousLocalWriteRefused(collection: string, probe: Probe) {
  const { payload } = app
  const slug = collection as CollectionSlug
  const anonymous = { overrideAccess: false as const }
  const count = async () => (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
  if (probe === 'create' || probe === 'publish') {
    const before = await count()
    const data = createData(collection, probe === 'publish')
    // 403 either way: from access, or for users from the roles guard, which speaks before access does.
    await expect(payload.create({ collection: slug, data: data as never, ...anonymous })).rejects.toMatchObject({
      status: 403,
    })
    expect(await count()).toBe(before)
    return
  }
  const id =
    collection === 'users' ? (users.journalist!.id as number) : await fixture(payload, collection, 'editor', 'draft')
  const read = () => payload.findByID({ collection: slug, id, draft: versioned(collection), overrideAccess: true })
  const before = await read()
  const write =
    probe === 'delete'
      ? payload.delete({ collection: slug, id, ...anonymous })
      : payload.update({
          collection: slug,
          id,
          data: rename(collection) as never,
          draft: versioned(collection),
          ...anonymous,
        })
  await expect(write).rejects.toBeInstanceOf(Forbidden)
  expect(await read()).toEqual(before)
}

describe('system collections', () => {
  test.each(['admin', 'editor', 'journalist', 'contributor'] as Actor[])(
    'the search index cannot be written through the API by %s',
    async (actor) => {
      const response = await app.request('/api/search', {
        method: 'POST',
        token: tokens[actor],
        json: { title: 'spam' },
      })
      // Refused by its access rule, or earlier by the edge check when the body is not a search entry.
      expect([400, 403, 405]).toContain(response.status)
      const stored = await app.payload.count({
        collection: 'search',
        where: { title: { equals: 'spam' } },
        overrideAccess: true,
      })
      expect(stored.totalDocs).toBe(0)
    },
  )
})
