import { CONTENT } from '../../src/lib/permissions'
import { parseSitePath, sitePath, SITE_TYPES } from '../../src/lib/sitePaths'

describe('site paths', () => {
  test.each([
    ['articles', '/articles/plan-de-relance'],
    ['success-stories', '/success-stories/plan-de-relance'],
    ['initiatives', '/initiatives/plan-de-relance'],
    ['faqs', '/faq/plan-de-relance'],
    ['guides', '/guides/plan-de-relance'],
    ['events', '/events/plan-de-relance'],
    ['dossiers', '/dossiers/plan-de-relance'],
    ['press-releases', '/presse/plan-de-relance'],
  ] as const)('%s live under %s, and the path reads back', (type, path) => {
    expect(sitePath(type, 'plan-de-relance')).toBe(path)
    expect(parseSitePath(path)).toEqual({ type, slug: 'plan-de-relance' })
  })

  test('every publishable type has an address', () => {
    expect([...SITE_TYPES].sort()).toEqual([...CONTENT].sort())
  })

  test('a trailing slash is accepted', () => {
    expect(parseSitePath('/guides/loyers/')).toEqual({ type: 'guides', slug: 'loyers' })
  })

  test.each([
    '/',
    '/articles',
    '/articles/',
    '/faqs/x',
    '/users/admin',
    '/articles/a/b',
    '/articles/UPPER',
    '/articles/%E0%A4%A',
    'articles/x',
    '/articles/a--b',
  ])('%s is not the address of a piece', (path) => {
    expect(parseSitePath(path)).toBeNull()
  })
})
