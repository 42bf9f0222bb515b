// The bound is read when the module loads.
export {}

process.env.SITE_CACHE_MAX_ENTRIES = '3'
const { default: PageCache, expireTags } = await import('../../src/site/pageCache.mjs')

const page = (path: string, tags: string[]) => ({
  kind: 'APP_PAGE',
  html: path,
  headers: { 'x-next-cache-tags': [`_N_T_${path}`, ...tags].join(',') },
})

describe('the site’s page cache', () => {
  const cache = new PageCache()

  test('a page is dropped by its path’s tag or by a tag of the data it was built from, and only then', async () => {
    await cache.set('/articles/a', page('/articles/a', ['articles']), {})
    await cache.set('/faq', page('/faq', ['faqs']), {})
    await cache.set('query', { kind: 'FETCH', data: {} }, { tags: ['topics'] })
    expireTags(['_N_T_/articles/a'])
    expect(await cache.get('/articles/a')).toBeNull()
    expect(await cache.get('/faq')).toMatchObject({ value: { html: '/faq' } })
    await cache.revalidateTag(['topics', 'unknown'])
    expect(await cache.get('query')).toBeNull()
    await cache.revalidateTag('faqs')
    expect(await cache.get('/faq')).toBeNull()
  })

  test('beyond its bound it drops the entry read longest ago', async () => {
    for (const path of ['/1', '/2', '/3']) await cache.set(path, page(path, []), {})
    await cache.get('/1')
    await cache.set('/4', page('/4', []), {})
    expect(await cache.get('/2')).toBeNull()
    for (const path of ['/1', '/3', '/4']) expect(await cache.get(path)).not.toBeNull()
  })
})
