import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { checkPreviewToken, previewPath, previewToken, PREVIEW_TTL_SECONDS } from '../../src/site/previewToken'
import { parseRevalidation } from '../../src/site/revalidation'
import { RichText, safeHref } from '../../src/site/richText'
import { parseRoute, routePath, type SiteRoute } from '../../src/site/route'
import { robotsTxt, sitemapXml } from '../../src/site/sitemapXml'
import { siteWebhookSecrets } from '../../src/site/webhookSecret'
import { isWebhookSecret } from '../../src/distribution/standardWebhooks'

describe('site routes', () => {
  test.each<[string[], SiteRoute]>([
    [[], { kind: 'home' }],
    [['articles'], { kind: 'section', type: 'articles' }],
    [['faq'], { kind: 'section', type: 'faqs' }],
    [['articles', 'plan-de-relance'], { kind: 'piece', type: 'articles', slug: 'plan-de-relance' }],
    [['faq', 'chomage-partiel'], { kind: 'piece', type: 'faqs', slug: 'chomage-partiel' }],
    [['thematiques'], { kind: 'topics' }],
    [['thematiques', 'tresorerie'], { kind: 'topic', slug: 'tresorerie' }],
    [['publics', 'entrepreneurs'], { kind: 'audience', audience: 'entrepreneurs' }],
    [['contacts'], { kind: 'contacts' }],
  ])('%j is %j, and its path leads back to it', (segments, route) => {
    expect(parseRoute(segments)).toEqual(route)
    expect(parseRoute(routePath(route).split('/').filter(Boolean))).toEqual(route)
  })

  test.each([
    [['faqs']],
    [['nope']],
    [['articles', 'Plan_De_Relance']],
    [['articles', 'a', 'b']],
    [['publics', 'everyone']],
    [['thematiques', 'x--y']],
    [['contacts', 'x']],
  ])('%j is no page of the site', (segments) => {
    expect(parseRoute(segments)).toBeNull()
  })
})

describe('revalidation messages', () => {
  test('paths and tags are taken once each', () => {
    expect(
      parseRevalidation(
        JSON.stringify({
          event: 'updated',
          paths: ['/articles/a', '/articles/b', '/articles/a'],
          tags: ['articles', 'articles:3'],
        }),
      ),
    ).toEqual({
      ok: true,
      value: { paths: ['/articles/a', '/articles/b'], tags: ['articles', 'articles:3'] },
    })
  })

  test.each([
    ['not json', 'The body is not JSON.'],
    ['{"paths":"/a","tags":[]}', '"paths" and "tags" must be arrays.'],
    ['{"paths":["//evil.example/x"],"tags":[]}', 'Every path starts with one "/" and has at most 1024 characters.'],
    ['{"paths":["articles/a"],"tags":[]}', 'Every path starts with one "/" and has at most 1024 characters.'],
    ['{"paths":[],"tags":[""]}', 'Every tag is a non-empty string of at most 256 characters.'],
    [
      JSON.stringify({ paths: [], tags: ['x'.repeat(257)] }),
      'Every tag is a non-empty string of at most 256 characters.',
    ],
    [
      JSON.stringify({ paths: Array.from({ length: 65 }, (_, i) => `/p${i}`), tags: [] }),
      'At most 64 paths and 64 tags.',
    ],
  ])('%s is refused: %s', (body, reason) => {
    expect(parseRevalidation(body)).toEqual({ ok: false, reason })
  })
})

describe('preview links', () => {
  const subject = { collection: 'articles', id: 12, secret: 'a-secret-of-the-platform' }
  const now = new Date('2026-11-29T10:00:00Z')

  test('a token opens its own document until it expires', () => {
    const token = previewToken(subject, now)
    expect(checkPreviewToken(subject, token, now)).toBe(true)
    expect(checkPreviewToken(subject, token, new Date(now.getTime() + PREVIEW_TTL_SECONDS * 1000))).toBe(true)
    expect(checkPreviewToken(subject, token, new Date(now.getTime() + PREVIEW_TTL_SECONDS * 1000 + 1000))).toBe(false)
  })

  test('not another document, not another collection, not with another secret, not altered', () => {
    const token = previewToken(subject, now)
    expect(checkPreviewToken({ ...subject, id: 13 }, token, now)).toBe(false)
    expect(checkPreviewToken({ ...subject, collection: 'faqs' }, token, now)).toBe(false)
    expect(checkPreviewToken({ ...subject, secret: 'another' }, token, now)).toBe(false)
    const [expires, mac] = token.split('.')
    expect(checkPreviewToken(subject, `${Number(expires) + 3600}.${mac}`, now)).toBe(false)
    expect(checkPreviewToken(subject, `${expires}.${mac.slice(0, -1)}A`, now)).toBe(mac.endsWith('A'))
    for (const bad of [undefined, null, '', 'x', `${expires}`, `${expires}.`])
      expect(checkPreviewToken(subject, bad, now)).toBe(false)
  })

  test('the path names the collection and id', () => {
    expect(previewPath('articles', 12, 'T')).toBe('/preview/articles/12?token=T')
  })
})

describe('rich text', () => {
  const html = (content: unknown) => renderToStaticMarkup(createElement(RichText, { content }))

  test('Slate nodes become semantic HTML; the page keeps its only h1', () => {
    const markup = html([
      { type: 'h1', children: [{ text: 'Titre' }] },
      {
        children: [{ text: 'Un ' }, { text: 'mot', bold: true }, { text: ' et ' }, { text: 'un autre', italic: true }],
      },
      { type: 'ul', children: [{ type: 'li', children: [{ text: 'un' }] }] },
      { type: 'blockquote', children: [{ text: 'Citation' }] },
      { type: 'link', url: 'https://www.cci.fr/', newTab: true, children: [{ text: 'CCI' }] },
    ])
    expect(markup).not.toContain('<h1')
    expect(markup).toContain('<h2>Titre</h2>')
    expect(markup).toContain('<strong>mot</strong>')
    expect(markup).toContain('<em>un autre</em>')
    expect(markup).toContain('<ul><li>')
    expect(markup).toContain('<blockquote>')
    expect(markup).toContain('<a href="https://www.cci.fr/" target="_blank" rel="noopener noreferrer">')
  })

  test('text is escaped and a javascript: link is rendered as plain text', () => {
    const markup = html([
      {
        children: [
          { text: '<script>alert(1)</script>' },
          { type: 'link', url: 'javascript:alert(1)', children: [{ text: 'clic' }] },
        ],
      },
    ])
    expect(markup).toContain('&lt;script&gt;')
    expect(markup).not.toContain('javascript:')
    expect(markup).toContain('clic')
  })

  test.each([
    ['https://a.fr/x', 'https://a.fr/x'],
    ['/articles/a', '/articles/a'],
    ['mailto:a@b.fr', 'mailto:a@b.fr'],
    ['//evil.example', null],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    [42, null],
  ])('safeHref(%j) is %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected)
  })

  test('nothing to render gives nothing', () => {
    expect(html(null)).toBe('')
    expect(html([])).toBe('')
  })
})

describe('sitemap and robots', () => {
  test('absolute, escaped addresses with their last change', () => {
    const xml = sitemapXml('https://www.example.fr', [
      { path: '/' },
      { path: '/articles/a&b', lastModified: '2026-11-29T10:00:00.000Z' },
    ])
    expect(xml).toContain('<loc>https://www.example.fr/</loc>')
    expect(xml).toContain(
      '<url><loc>https://www.example.fr/articles/a&amp;b</loc><lastmod>2026-11-29T10:00:00.000Z</lastmod></url>',
    )
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
  })

  test('robots points at the sitemap and keeps crawlers out of previews', () => {
    expect(robotsTxt('https://www.example.fr', ['/preview/'])).toBe(
      'User-agent: *\nAllow: /\nDisallow: /preview/\nSitemap: https://www.example.fr/sitemap.xml\n',
    )
  })
})

describe('the site webhook secret', () => {
  test('configured secrets are taken as they are, several during a rotation', () => {
    expect(siteWebhookSecrets({ SITE_WEBHOOK_SECRET: 'whsec_a, whsec_b' }, 'platform')).toEqual(['whsec_a', 'whsec_b'])
  })

  test('otherwise one is derived from the platform secret: stable, valid, and different per platform', () => {
    const [derived] = siteWebhookSecrets({}, 'platform-secret')
    expect(isWebhookSecret(derived)).toBe(true)
    expect(siteWebhookSecrets({}, 'platform-secret')).toEqual([derived])
    expect(siteWebhookSecrets({}, 'other-secret')).not.toEqual([derived])
  })
})
