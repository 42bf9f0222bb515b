import { sql } from '@payloadcms/db-postgres'

import { startTestApp, type TestApp } from '../helpers/app'
import { testDbKind } from '../helpers/testDatabase'

let app: TestApp
let editor: string
let journalist: string

beforeAll(async () => {
  app = await startTestApp('preconditions', { seed: true, env: { QUESTIONS_RATE_LIMIT: '1000/1m' } })
  editor = await app.login('editor@newsroom.test')
  journalist = await app.login('journalist@newsroom.test')
})
afterAll(() => app.close())

const QUESTION = {
  text: 'Mon fournisseur d’électricité double ses prix : quelles aides ?',
  sector: 'hospitality',
  territory: 'occitanie',
  audience: 'business-owners',
}

async function created(path: string, json: unknown, token?: string): Promise<number> {
  const response = await app.request(path, { method: 'POST', token, json })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

const etagOf = async (path: string, token: string) => {
  const response = await app.request(path, { token })
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toMatch(/private, no-store/)
  return response.headers.get('etag')
}

const TARGETS = [
  {
    name: 'an article',
    path: async () =>
      `/api/articles/${await created('/api/articles', { title: `Précondition ${Math.random()}`, format: 'news' }, journalist)}`,
    change: { standfirst: 'Relu' },
  },
  {
    name: 'a question',
    path: async () =>
      `/api/questions/${(await app.payload.create({ collection: 'questions', data: { ...QUESTION, askedAt: new Date().toISOString() } as never })).id}`,
    change: { topics: [] },
  },
]

describe.each(TARGETS)('If-Match on $name', ({ path, change }) => {
  test('a signed-in read carries a strong ETag; a write with it goes through and makes it stale', async () => {
    const url = await path()
    const etag = await etagOf(url, editor)
    expect(etag).toMatch(/^"[^"]+"$/)
    const write = await app.request(url, {
      method: 'PATCH',
      token: editor,
      json: change,
      headers: { 'if-match': etag! },
    })
    expect(write.status).toBe(200)
    expect(await etagOf(url, editor)).not.toBe(etag)
  })

  test('a write with a stale tag answers 412, says who changed it, in French, and changes nothing', async () => {
    const url = await path()
    const stale = await etagOf(url, editor)
    expect((await app.request(url, { method: 'PATCH', token: journalist, json: change })).status).toBe(200)
    const current = await etagOf(url, editor)
    const refused = await app.request(url, {
      method: 'PATCH',
      token: editor,
      // The same change again: had it been written, the document's tag would have moved.
      json: change,
      headers: { 'if-match': stale! },
    })
    expect(refused.status).toBe(412)
    const { errors } = (await refused.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toMatch(/a été modifié depuis que vous l’avez ouvert/)
    expect(await etagOf(url, editor)).toBe(current)
  })

  test('a weak tag never matches, * matches any version, and no If-Match writes as before', async () => {
    const url = await path()
    const etag = await etagOf(url, editor)
    expect(
      (await app.request(url, { method: 'PATCH', token: editor, json: change, headers: { 'if-match': `W/${etag}` } }))
        .status,
    ).toBe(412)
    expect(
      (await app.request(url, { method: 'PATCH', token: editor, json: change, headers: { 'if-match': '*' } })).status,
    ).toBe(200)
    expect((await app.request(url, { method: 'PATCH', token: editor, json: change })).status).toBe(200)
  })

  test('a deletion with a stale tag answers 412 and deletes nothing', async () => {
    const url = await path()
    const stale = await etagOf(url, editor)
    expect((await app.request(url, { method: 'PATCH', token: journalist, json: change })).status).toBe(200)
    expect((await app.request(url, { method: 'DELETE', token: editor, headers: { 'if-match': stale! } })).status).toBe(
      412,
    )
    expect((await app.request(url, { token: editor })).status).toBe(200)
  })
})

test('the 412 names the author of the change and speaks English to an English client', async () => {
  const url = `/api/articles/${await created('/api/articles', { title: 'Précondition nommée', format: 'news' }, journalist)}`
  const stale = await etagOf(url, editor)
  expect(
    (await app.request(url, { method: 'PATCH', token: journalist, json: { standfirst: 'Par la journaliste' } })).status,
  ).toBe(200)
  const refused = await app.request(url, {
    method: 'PATCH',
    token: editor,
    json: { standfirst: 'x' },
    headers: { 'if-match': stale!, 'accept-language': 'en' },
  })
  expect(refused.status).toBe(412)
  const { errors } = (await refused.json()) as { errors: { message: string }[] }
  expect(errors[0].message).toMatch(/^This content has changed since you opened it by \S+/)
})

describe('Idempotency-Key', () => {
  const post = (path: string, json: unknown, key: string, token?: string) =>
    app.request(path, { method: 'POST', token, json, headers: { 'idempotency-key': key } })

  const CASES = [
    {
      name: 'an article',
      path: '/api/articles',
      body: () => ({ title: `Idempotent ${Math.random()}`, format: 'news' }),
      token: () => editor,
      collection: 'articles' as const,
    },
    {
      name: 'a question',
      path: '/api/questions',
      body: () => ({ ...QUESTION, text: `${QUESTION.text} ${Math.random()}` }),
      token: () => undefined,
      collection: 'questions' as const,
    },
  ]

  test.each(CASES)(
    'the same key and body replay the first answer for $name, creating nothing more',
    async ({ path, body, token, collection }) => {
      const json = body()
      const key = `key-${Math.random()}`
      const first = await post(path, json, key, token())
      expect(first.status).toBe(201)
      const firstBody = await first.text()
      const countBefore = (await app.payload.count({ collection, overrideAccess: true })).totalDocs
      const again = await post(path, json, key, token())
      expect(again.status).toBe(201)
      expect(again.headers.get('idempotent-replayed')).toBe('true')
      // The same answer, so the same document id where the answer names one.
      expect(await again.text()).toBe(firstBody)
      expect((await app.payload.count({ collection, overrideAccess: true })).totalDocs).toBe(countBefore)
    },
  )

  test.each(CASES)('the same key with another body answers 422 for $name', async ({ path, body, token }) => {
    const key = `key-${Math.random()}`
    expect((await post(path, body(), key, token())).status).toBe(201)
    const reused = await post(path, body(), key, token())
    expect(reused.status).toBe(422)
    expect(((await reused.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /Idempotency-Key a déjà servi/,
    )
  })

  test('keys belong to an account: another account may use the same key for its own creation', async () => {
    const key = `shared-${Math.random()}`
    const mine = await post('/api/articles', { title: 'Clé de l’éditeur', format: 'news' }, key, editor)
    const theirs = await post('/api/articles', { title: 'Clé de la journaliste', format: 'news' }, key, journalist)
    expect([mine.status, theirs.status]).toEqual([201, 201])
    expect(theirs.headers.get('idempotent-replayed')).toBeNull()
  })

  test('a refusal that may go another way is not kept: the key can be used again after a 4xx that is not final', async () => {
    const key = `retry-${Math.random()}`
    // Refused by the form itself (the text, once trimmed, is too short): the same invalid body replays its refusal.
    const tooShort = { ...QUESTION, text: '   court    ' }
    const invalid = await post('/api/questions', tooShort, key)
    expect(invalid.status).toBe(400)
    const again = await post('/api/questions', tooShort, key)
    expect(again.status).toBe(400)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    // Refused at the edge, before the key is looked at: refused the same again, nothing kept under the key.
    const edgeKey = `retry-${Math.random()}`
    for (let i = 0; i < 2; i++) {
      const refused = await post('/api/questions', { ...QUESTION, text: 42 }, edgeKey)
      expect(refused.status).toBe(400)
      expect(refused.headers.get('idempotent-replayed')).toBeNull()
    }
    expect((await post('/api/questions', QUESTION, edgeKey)).status).toBe(201)
  })

  // A trigger tells the creating transaction from any later write of the key by the transaction ids of
  // PostgreSQL; SQLite's triggers cannot see which transaction they run in.
  const crashTest = testDbKind() === 'postgres' ? describe : describe.skip
  crashTest('a process that dies after the commit, before it kept the answer', () => {
    const exec = (statement: string) =>
      (app.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }).drizzle.execute(
        sql.raw(statement),
      )
    const TABLES = { articles: 'articles', questions: 'questions' } as const

    // Every write of a key outside the transaction that created the document is lost, as when the
    // process is killed between the commit and keeping the answer.
    const loseWritesAfterCommit = (table: string) =>
      exec(`CREATE OR REPLACE FUNCTION newsroom_lost_settle() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.key LIKE 'idempotency:%' AND NOT EXISTS (SELECT 1 FROM ${table} WHERE xmin = pg_current_xact_id()::xid)
        THEN RAISE EXCEPTION 'process killed before the answer was kept'; END IF;
        RETURN NEW; END $$;
        CREATE TRIGGER newsroom_lost_settle BEFORE UPDATE ON payload_kv FOR EACH ROW EXECUTE FUNCTION newsroom_lost_settle()`)
    const restart = () => exec('DROP TRIGGER IF EXISTS newsroom_lost_settle ON payload_kv')
    // Past the time after which a pending key is taken to belong to a dead request.
    const ageKeys = () =>
      exec(
        `UPDATE payload_kv SET data = jsonb_set(data, '{at}', to_jsonb((data->>'at')::bigint - 61000)) WHERE key LIKE 'idempotency:%'`,
      )
    afterEach(restart)

    test.each(CASES)(
      'the retry of $name, even a minute later, replays the committed answer and creates nothing',
      async ({ path, body, token, collection }) => {
        const json = body()
        const key = `crash-${Math.random()}`
        await loseWritesAfterCommit(TABLES[collection])
        const first = await post(path, json, key, token())
        expect(first.status).toBe(201)
        const firstBody = await first.text()
        await restart()
        await ageKeys()
        const countBefore = (await app.payload.count({ collection, overrideAccess: true })).totalDocs
        const again = await post(path, json, key, token())
        expect(again.status).toBe(201)
        expect(again.headers.get('idempotent-replayed')).toBe('true')
        expect(await again.text()).toBe(firstBody)
        expect((await app.payload.count({ collection, overrideAccess: true })).totalDocs).toBe(countBefore)
      },
    )
  })

  test('a key that is not 1–255 printable characters answers 400', async () => {
    expect((await post('/api/articles', { title: 'x', format: 'news' }, 'é'.repeat(3), editor)).status).toBe(400)
  })
})
