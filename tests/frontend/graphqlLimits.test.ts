import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('graphqlLimits', { env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COMPLEXITY: '100' } })
})
afterAll(() => app.close())

type Body = { data?: unknown; errors?: { message: string }[] }
const ask = async (query: string) => (await app.graphql(query)).body as Body

// Fields six deep: Articles > docs > heroImage > sizes > card > url.
const SIX = '{ Articles { docs { heroImage { sizes { card { url } } } } } }'
const SEVEN = '{ Articles { docs { relatedFaqs { topics { parent { parent { title } } } } } } }'

describe('GraphQL depth limit', () => {
  test('a query at the limit is answered', async () => {
    const body = await ask(SIX)
    expect(body.errors).toBeUndefined()
    expect(body.data).toEqual({ Articles: { docs: [] } })
  })

  test('a deeper query is refused before it runs, with a message that says why and what the limit is', async () => {
    const body = await ask(SEVEN)
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0].message).toBe(
      'La requête est trop profonde : 7 niveaux de champs, la limite est de 6. Demandez moins de relations imbriquées, ou faites plusieurs requêtes.',
    )
  })

  test('the refusal speaks English to an English client', async () => {
    const response = await app.request('/api/graphql', {
      method: 'POST',
      json: { query: SEVEN },
      headers: { 'accept-language': 'en' },
    })
    const body = (await response.json()) as Body
    expect(body.errors?.[0].message).toBe(
      'Query is too deep: 7 levels of fields, the limit is 6. Ask for fewer nested relationships, or make several queries.',
    )
  })

  test('names the operation, and counts through fragments and inline fragments', async () => {
    const viaFragments = `
      query Deep { Articles { docs { ...Faqs } } }
      fragment Faqs on Article { relatedFaqs { ... on Faq { topics { ...Up } } } }
      fragment Up on Topic { parent { parent { title } } }`
    const body = await ask(viaFragments)
    expect(body.errors?.[0].message).toMatch(/^La requête "Deep" est trop profonde : 7 niveaux/)
  })

  test('__typename does not count as a level', async () => {
    expect(
      (await ask('{ Articles { docs { heroImage { sizes { card { url __typename } } } } } }')).errors,
    ).toBeUndefined()
  })
})

describe('GraphQL complexity limit', () => {
  test('a query that asks for too much at once is refused with its cost and the limit', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title } }`).join(' ')
    const body = await ask(`{ ${many} }`)
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0].message).toMatch(
      /^The query exceeds the maximum complexity of 100\. Actual complexity is \d+/,
    )
  })
})
