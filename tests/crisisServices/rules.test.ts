import { clusterPoints, parseBbox } from '../../src/lib/crisis/clusters'
import { duplicateKey, hasLapsed, moderationAllows, needsReminder, ownerMay } from '../../src/lib/crisis/lifecycle'
import { locate } from '../../src/lib/crisis/location'
import { checkOwnerToken, LINK_LIFETIME_MS, ownerToken } from '../../src/lib/crisis/ownerLinks'
import { communesOf } from '../../src/lib/crisis/postcodes'
import { countLinks, readSubmission } from '../../src/lib/crisis/submission'

const DAY = 86_400_000

describe('postal codes and places, offline', () => {
  test('a postal code lists its communes with a point; an unknown one none', () => {
    expect(communesOf('29200').map((c) => c.name)).toEqual(['Brest'])
    expect(communesOf('75008')[0]).toMatchObject({ departmentCode: '75' })
    expect(communesOf('20000')[0].departmentCode).toBe('2A')
    expect(communesOf('97400')[0].departmentCode).toBe('974')
    expect(communesOf('29999')).toEqual([])
  })

  test('the city is matched forgiving accents, case and "St"', () => {
    const place = locate({ postalCode: '35400', city: 'saint malo' })
    expect('place' in place && place.place.city).toBe('Saint-Malo')
  })

  test('a pin on an island near its commune is on land; far out at sea it is not', () => {
    expect(
      'place' in locate({ postalCode: '17580', city: 'Le Bois-Plage-en-Ré', latitude: 46.19, longitude: -1.39 }),
    ).toBe(true)
    expect(locate({ postalCode: '17580', city: 'Le Bois-Plage-en-Ré', latitude: 46.0, longitude: -1.9 })).toEqual({
      problems: [{ path: 'latitude', problem: 'pinAtSea' }],
    })
  })
})

describe('owner links', () => {
  const at = new Date('2030-01-01T00:00:00Z')
  test('valid for its listing until it expires; refused for another listing or once tampered with', () => {
    const token = ownerToken('secret', 'businesses', 7, at)
    expect(checkOwnerToken('secret', token, 'businesses', 7, at)).toEqual({ ok: true })
    expect(checkOwnerToken('secret', token, 'businesses', 8, at)).toEqual({ ok: false, reason: 'invalid' })
    expect(checkOwnerToken('secret', token, 'aid-posts', 7, at)).toEqual({ ok: false, reason: 'invalid' })
    expect(checkOwnerToken('other', token, 'businesses', 7, at)).toEqual({ ok: false, reason: 'invalid' })
    expect(checkOwnerToken('secret', token, 'businesses', 7, new Date(at.getTime() + LINK_LIFETIME_MS + 1))).toEqual({
      ok: false,
      reason: 'expired',
    })
  })
})

describe('lifecycle', () => {
  const now = new Date('2030-01-10T00:00:00Z')
  const expiresIn = (days: number) => new Date(now.getTime() + days * DAY).toISOString()
  test('reminder within five days, once per expiry date; lapsed after', () => {
    expect(needsReminder({ status: 'published', expiresAt: expiresIn(6) }, now)).toBe(false)
    expect(needsReminder({ status: 'published', expiresAt: expiresIn(4) }, now)).toBe(true)
    expect(needsReminder({ status: 'published', expiresAt: expiresIn(4), reminderFor: expiresIn(4) }, now)).toBe(false)
    expect(hasLapsed({ status: 'published', expiresAt: expiresIn(-1) }, now)).toBe(true)
    expect(hasLapsed({ status: 'withdrawn', expiresAt: expiresIn(-1) }, now)).toBe(false)
  })
  test('what owners and moderators may do', () => {
    expect(ownerMay('renew', 'expired')).toBe(true)
    expect(ownerMay('renew', 'withdrawn')).toBe(false)
    expect(ownerMay('matched', 'pending')).toBe(false)
    expect(moderationAllows('pending', 'published')).toBe(true)
    expect(moderationAllows('withdrawn', 'published')).toBe(false)
  })
  test('duplicates meet across case, accents and punctuation', () => {
    expect(duplicateKey('Fromagerie Quéré', '29200')).toBe(duplicateKey('FROMAGERIE  QUERE!', '29200'))
  })
})

describe('submissions and the map', () => {
  test('links are counted across the free text', () => {
    expect(countLinks(['voir https://a.example et www.b.example', 'http://c.example/x'])).toBe(3)
  })
  test('text is kept as typed, control characters removed', () => {
    const read = readSubmission(
      { name: { type: 'text', required: true, max: 50 } },
      { name: '<b>Chez\u0000 Lulu</b>' },
      ['name'],
    )
    expect(read).toEqual({ data: { name: '<b>Chez Lulu</b>' } })
  })
  test('a wide box clusters, a narrow one does not', () => {
    const points = [
      { latitude: 48.85, longitude: 2.35, properties: 1 },
      { latitude: 48.86, longitude: 2.34, properties: 2 },
      { latitude: 43.3, longitude: 5.4, properties: 3 },
    ]
    const wide = clusterPoints({ west: -5, south: 41, east: 10, north: 51 }, points)
    expect(wide.clustered && wide.clusters.map((c) => c.count).sort()).toEqual([1, 2])
    expect(clusterPoints({ west: 2.2, south: 48.8, east: 2.5, north: 48.9 }, points).clustered).toBe(false)
    expect(parseBbox('2,48,1,49')).toEqual({ error: true })
  })
})
