import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('crisis-demo', { seed: 'content' })
}, 180_000)
afterAll(async () => {
  await app.close()
})

describe('the demo newsroom’s crisis services', () => {
  test('a few chambers run both services, with live listings on the map and aid posts in the list', async () => {
    const businesses = (await (await app.request('/api/businesses/stats')).json()) as { chambers: number; live: number }
    expect(businesses).toEqual({ service: 'open-businesses', chambers: 5, live: 9 })
    const aid = (await (await app.request('/api/aid-posts/stats')).json()) as { chambers: number; live: number }
    expect(aid).toMatchObject({ chambers: 5, live: 4 })
    const rennes = (await (await app.request('/api/businesses/geojson?bbox=-1.8,48.0,-1.5,48.2')).json()) as {
      features: { properties: { name: string } }[]
    }
    expect(rennes.features.map((f) => f.properties.name).sort()).toEqual([
      'Boulangerie Saint-Hélier',
      'Ferme des Landes',
      'Pizzeria du Thabor',
    ])
    const list = (await (await app.request('/api/aid-posts/public?kind=offer')).json()) as { totalDocs: number }
    expect(list.totalDocs).toBe(2)
  })

  test('the "geolocated-map" initiative is the one whose page shows these counts', async () => {
    const { docs } = (await (
      await app.request('/api/initiatives?where[kind][equals]=geolocated-map&depth=0')
    ).json()) as { docs: { title: string }[] }
    expect(docs.map((d) => d.title)).toContain('La carte des commerces ouverts')
  })
})
