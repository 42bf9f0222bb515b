import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { createLocalReq, type PayloadRequest } from 'payload'

import { advanceClock, resetClock } from '../../src/lib/clock'
import { readablePaths } from '../../src/site/data/readablePaths'
import type { PressRelease } from '../../src/payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { publishRelease } from '../helpers/press'
import { demoUser } from '../helpers/users'

/*
 * Releases on the public surfaces: the type feed (RSS and Atom), the all-types feed, the JSON feed,
 * `resolve` and the sitemap's list, each read as an anonymous reader. A release under embargo is
 * absent everywhere until the clock passes its end; a draft never appears.
 */
const SITE = 'https://www.newsroom.example'
const DAY = 86_400_000
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => n === 'item' || n === 'entry',
})

let app: TestApp
let published: PressRelease
let embargoed: PressRelease
let draft: PressRelease
let spokesperson: { id: number; name: string }

beforeAll(async () => {
  app = await startTestApp('press-public', { seed: true, env: { SITE_URL: SITE } })
  const editor = await demoUser(app.payload, 'editor')
  spokesperson = { id: editor.id, name: editor.name }
  published = await publishRelease(app.payload, {
    title: 'Communiqué public Bilan',
    summary: 'Le bilan du trimestre.',
    contacts: [editor.id],
    pressLists: [],
  })
  embargoed = await publishRelease(app.payload, {
    title: 'Communiqué sous embargo Fonds',
    embargoUntil: new Date(Date.now() + DAY).toISOString(),
    pressLists: [],
  })
  draft = (await app.payload.create({
    collection: 'press-releases',
    data: { title: 'Communiqué brouillon Projet' },
    draft: true,
    overrideAccess: true,
  })) as PressRelease
})
afterAll(() => app.close())
afterEach(() => resetClock())

const text = async (path: string) => {
  const response = await app.request(path)
  expect(response.status).toBe(200)
  return response.text()
}

const sitemapPaths = async () => {
  const req = (await createLocalReq({}, app.payload)) as PayloadRequest
  return (await readablePaths(req, 'fr')).map((entry) => entry.path)
}

/** Where a release may show up for an anonymous reader, as the list of surfaces that show it. */
async function surfacesShowing(release: PressRelease): Promise<string[]> {
  const path = `/presse/${release.slug}`
  const shown: string[] = []
  if ((await text('/feeds/press-releases.xml')).includes(`${SITE}${path}`)) shown.push('rss')
  if ((await text('/feeds/press-releases.atom')).includes(`${SITE}${path}`)) shown.push('atom')
  if ((await text('/feeds/all.xml')).includes(`${SITE}${path}`)) shown.push('all')
  if ((await text('/api/feed?types=press-releases')).includes(`"path":"${path}"`)) shown.push('feed')
  if ((await app.request(`/api/resolve?path=${path}`)).status === 200) shown.push('resolve')
  if ((await sitemapPaths()).includes(path)) shown.push('sitemap')
  return shown
}

const EVERYWHERE = ['rss', 'atom', 'all', 'feed', 'resolve', 'sitemap']

test('a published release is on every public surface, at /presse/<slug>', async () => {
  expect(await surfacesShowing(published)).toEqual(EVERYWHERE)
})

test('the release feeds are valid RSS 2.0 and Atom 1.0 of releases only', async () => {
  const rss = await text('/feeds/press-releases.xml')
  expect(XMLValidator.validate(rss)).toBe(true)
  const items = parser.parse(rss).rss.channel.item as { title: string; link: string; category: string }[]
  expect(items.map((item) => item.title)).toEqual(['Communiqué public Bilan'])
  expect(items[0]).toMatchObject({ link: `${SITE}/presse/${published.slug}`, category: 'Communiqués de presse' })
  const atom = await text('/feeds/press-releases.atom')
  expect(XMLValidator.validate(atom)).toBe(true)
  expect((parser.parse(atom).feed.entry as unknown[]).length).toBe(1)
})

test('a draft release is on no public surface', async () => {
  expect(await surfacesShowing(draft)).toEqual([])
})

test('an embargoed release is absent everywhere, then everywhere once its embargo has passed', async () => {
  expect(await surfacesShowing(embargoed)).toEqual([])
  advanceClock(2 * DAY)
  expect(await surfacesShowing(embargoed)).toEqual(EVERYWHERE)
  resetClock()
  expect(await surfacesShowing(embargoed)).toEqual([])
})

test('anonymous readers get the spokespeople’s names, never their accounts', async () => {
  const response = await app.request(`/api/press-releases/${published.id}?depth=1`)
  expect(response.status).toBe(200)
  const doc = (await response.json()) as PressRelease
  expect(doc.spokespeople?.map((person) => person.name)).toEqual([spokesperson.name])
  expect(JSON.stringify(doc.contacts)).not.toContain('@')
  expect(doc).not.toHaveProperty('pressLists')
})

test('the names follow the spokespeople chosen, and an edit that leaves them alone keeps them', async () => {
  const journalist = await demoUser(app.payload, 'journalist')
  const changed = await app.payload.update({
    collection: 'press-releases',
    id: published.id,
    data: { contacts: [journalist.id, spokesperson.id] },
    overrideAccess: true,
  })
  expect(changed.spokespeople?.map((person) => person.name)).toEqual([journalist.name, spokesperson.name])
  const retitled = await app.payload.update({
    collection: 'press-releases',
    id: published.id,
    data: { summary: 'Le bilan du trimestre, chiffres à jour.' },
    overrideAccess: true,
  })
  expect(retitled.spokespeople?.map((person) => person.name)).toEqual([journalist.name, spokesperson.name])
})
