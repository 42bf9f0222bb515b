import {
  checkSocialText,
  defaultSocialText,
  SOCIAL_LIMITS,
  socialLength,
  weightedLength,
} from '../../src/distribution/xText'
import { NETWORKS } from '../../src/distribution/types'

describe('X weighted length', () => {
  test('280 Latin letters weigh 280', () => {
    expect(weightedLength('a'.repeat(280))).toBe(280)
  })

  test('CJK characters weigh 2 each: 140 of them fill a post', () => {
    expect(weightedLength('中'.repeat(140))).toBe(280)
    expect(weightedLength('日本語のテキスト')).toBe(16)
  })

  test.each([
    ['a thumb with a skin tone', '👍🏽'],
    ['a ZWJ family', '👨‍👩‍👧'],
    ['a flag', '🇫🇷'],
    ['a keycap', '1️⃣'],
    ['an emoji with a variation selector', '❤️'],
    ['a plain emoji', '😀'],
  ])('%s counts as one emoji of weight 2', (_, emoji) => {
    expect(weightedLength(emoji)).toBe(2)
    expect(weightedLength(`a${emoji}b`)).toBe(4)
  })

  test('a URL weighs 23 whatever its length', () => {
    const long = `https://example.com/${'a'.repeat(80)}`
    expect(long).toHaveLength(100)
    expect(weightedLength(long)).toBe(23)
    expect(weightedLength('http://x.co')).toBe(23)
    expect(weightedLength(`Lire ${long} maintenant`)).toBe(5 + 23 + 11)
  })

  test('www. and bare domains with a path are URLs too', () => {
    expect(weightedLength('www.example.fr/une-page-très-longue-pour-le-test')).toBe(23)
    expect(weightedLength('example.com/path/to/some/long/article')).toBe(23)
  })

  test('trailing punctuation is not part of the URL', () => {
    expect(weightedLength('see https://example.com/a.')).toBe(4 + 23 + 1)
    expect(weightedLength('(https://example.com/a)')).toBe(1 + 23 + 1)
    expect(weightedLength('https://en.wikipedia.org/wiki/Foo_(bar)')).toBe(23)
  })

  test('an e-mail address and a decimal number are not URLs', () => {
    expect(weightedLength('me@example.com')).toBe(14)
    expect(weightedLength('3.14')).toBe(4)
  })

  test('accented French counts one per letter, also when written decomposed (NFD)', () => {
    const phrase = 'Été à Noël, façon crème brûlée'
    expect(weightedLength(phrase)).toBe(phrase.length)
    expect(weightedLength(phrase.normalize('NFD'))).toBe(phrase.length)
  })

  test('the light punctuation ranges weigh 1, the rest 2', () => {
    expect(weightedLength('“quoted” — ′')).toBe(12)
    expect(weightedLength('€')).toBe(2)
  })
})

describe('social limits', () => {
  test('the limits are those of the networks', () => {
    expect(SOCIAL_LIMITS).toEqual({ x: 280, facebook: 63206, linkedin: 3000 })
  })

  test('Facebook and LinkedIn count code points, not weights', () => {
    expect(socialLength('linkedin', '中👍🏽')).toBe(3)
    expect(socialLength('facebook', 'e\u0301')).toBe(1)
    expect(socialLength('x', '中')).toBe(2)
  })

  test.each(NETWORKS)('%s: exactly at the limit passes, one more is refused', (network) => {
    const limit = SOCIAL_LIMITS[network]
    expect(checkSocialText(network, 'a'.repeat(limit))).toBeNull()
    const refusal = checkSocialText(network, 'a'.repeat(limit + 1))
    expect(refusal).toMatchObject({ network, count: limit + 1, limit })
  })

  test('a refusal names the network, its count and its limit (worded at the edge)', () => {
    expect(checkSocialText('x', 'a'.repeat(281))).toEqual({ network: 'x', count: 281, limit: 280 })
    expect(checkSocialText('linkedin', 'a'.repeat(3001))).toEqual({ network: 'linkedin', count: 3001, limit: 3000 })
    expect(checkSocialText('facebook', 'a'.repeat(63207))).toEqual({ network: 'facebook', count: 63207, limit: 63206 })
  })

  test('X refuses 141 CJK characters that LinkedIn accepts', () => {
    expect(checkSocialText('x', '中'.repeat(141))?.count).toBe(282)
    expect(checkSocialText('linkedin', '中'.repeat(141))).toBeNull()
  })
})

describe('default social text', () => {
  const url = `https://www.example.org/articles/${'plan-de-relance-'.repeat(8)}2026`

  test('title, standfirst and URL separated by blank lines when they fit', () => {
    const text = defaultSocialText('x', { title: 'Plan de relance', standfirst: 'Ce qui change.', url })
    expect(text).toBe(`Plan de relance\n\nCe qui change.\n\n${url}`)
  })

  test('a missing standfirst is left out', () => {
    expect(defaultSocialText('linkedin', { title: 'Titre', standfirst: null, url })).toBe(`Titre\n\n${url}`)
  })

  test('a long standfirst is shortened at a word boundary with an ellipsis', () => {
    const standfirst = 'Les aides régionales sont prolongées jusqu’en 2027, '.repeat(10)
    const text = defaultSocialText('x', { title: 'Plan de relance', standfirst, url })
    expect(weightedLength(text)).toBeLessThanOrEqual(280)
    const [, shortened] = text.split('\n\n')
    expect(shortened.endsWith('…')).toBe(true)
    expect(standfirst.startsWith(shortened.slice(0, -1))).toBe(true)
    expect(standfirst[shortened.length - 1]).toMatch(/[\s,]/)
  })

  test('a title too long even alone is shortened, the URL kept', () => {
    const text = defaultSocialText('x', { title: '中文标题'.repeat(60), standfirst: 'Résumé', url })
    expect(weightedLength(text)).toBeLessThanOrEqual(280)
    expect(text.endsWith(`…\n\n${url}`)).toBe(true)
  })

  test('emoji are never cut in half', () => {
    const text = defaultSocialText('x', { title: 'Titre', standfirst: '👨‍👩‍👧'.repeat(200), url })
    expect(weightedLength(text)).toBeLessThanOrEqual(280)
    expect(text.split('\n\n')[1]).toMatch(/^(?:👨‍👩‍👧)+…$/u)
  })

  test.each(NETWORKS)('%s: the text always fits and contains the URL', (network) => {
    const limit = SOCIAL_LIMITS[network]
    const n = Math.ceil(limit / 3)
    for (const [title, standfirst] of [
      ['Court', 'Court aussi'],
      ['T'.repeat(limit), 'S'.repeat(limit)],
      ['Mot '.repeat(n), 'Phrase longue. '.repeat(n)],
      ['日本'.repeat(n), '🇫🇷 '.repeat(n)],
      ['Voir https://example.com/a', 'https://example.net/b '.repeat(n)],
    ]) {
      const text = defaultSocialText(network, { title, standfirst, url })
      expect(socialLength(network, text)).toBeLessThanOrEqual(limit)
      expect(text.endsWith(url)).toBe(true)
    }
  })
})
