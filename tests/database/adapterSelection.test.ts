import { spawnSync } from 'node:child_process'

import { databaseAdapter } from '../../src/db/adapter'
import { DEFAULT_SQLITE_URL, parseDatabaseUri } from '../../src/lib/databaseUri'
import { testRun } from '../helpers/testDatabase'

describe('DATABASE_URI picks the adapter', () => {
  test.each([
    [undefined, 'sqlite', DEFAULT_SQLITE_URL],
    ['', 'sqlite', DEFAULT_SQLITE_URL],
    ['file:./data/other.db', 'sqlite', 'file:./data/other.db'],
    ['postgres://u@db:5432/news', 'postgres', 'postgres://u@db:5432/news'],
    ['postgresql://u@db/news', 'postgres', 'postgresql://u@db/news'],
    ['mongodb://db:27017/news?replicaSet=rs0', 'mongodb', 'mongodb://db:27017/news?replicaSet=rs0'],
    ['mongodb+srv://cluster.example.org/news', 'mongodb', 'mongodb+srv://cluster.example.org/news'],
  ])('%p → %s', (uri, kind, url) => {
    expect(parseDatabaseUri(uri)).toEqual({ kind, url })
  })

  test.each(['mysql://root@db/news', 'redis://127.0.0.1:6379', 'data/newsroom.db', 'http://db'])(
    '%p is refused with a message naming the accepted schemes',
    (uri) => {
      expect(() => parseDatabaseUri(uri)).toThrow(
        /not supported: use file: \(SQLite\), postgres:\/\/ or postgresql:\/\/ \(PostgreSQL\), mongodb:\/\/ or mongodb\+srv:\/\/ \(MongoDB\)/,
      )
    },
  )

  test.each([
    ['file:/tmp/unused.db', 'sqlite'],
    ['postgres://postgres@127.0.0.1:5432/unused', 'postgres'],
    ['mongodb://127.0.0.1:27017/unused', 'mongoose'],
  ])('%p builds the %s adapter', async (uri, name) => {
    expect((await databaseAdapter(parseDatabaseUri(uri))).name).toBe(name)
  })
})

describe('start-up with an unsupported DATABASE_URI', () => {
  test('stops with exit code 1 and a one-line error naming the accepted schemes', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server.ts'], {
      env: { ...process.env, DATABASE_URI: 'mysql://root@127.0.0.1/news', DATA_DIR: testRun().dir, NODE_OPTIONS: '' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toEqual([
      'DATABASE_URI scheme "mysql:" is not supported: use file: (SQLite), postgres:// or postgresql:// (PostgreSQL), mongodb:// or mongodb+srv:// (MongoDB).',
    ])
  })
})
