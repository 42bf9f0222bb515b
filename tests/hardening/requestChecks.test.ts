import {
  isNumericId,
  jsonBodyProblem,
  MAX_LIMIT,
  MAX_PAGE,
  paginationProblem,
  whereQuery,
} from '../../src/lib/requestChecks'

describe('pagination', () => {
  const problem = (query: string) => paginationProblem(new URLSearchParams(query))

  test.each(['', 'limit=0', 'limit=20&page=3', `limit=${MAX_LIMIT}&page=${MAX_PAGE}`])('%p is accepted', (query) => {
    expect(problem(query)).toBeNull()
  })

  test.each([
    ['limit=-5', 'limit', 0, MAX_LIMIT, '-5'],
    ['limit=1e3', 'limit', 0, MAX_LIMIT, '1e3'],
    [`limit=${MAX_LIMIT + 1}`, 'limit', 0, MAX_LIMIT, `${MAX_LIMIT + 1}`],
    ['page=0', 'page', 1, MAX_PAGE, '0'],
    ['page=99999999999999', 'page', 1, MAX_PAGE, '99999999999999'],
    ['page=two', 'page', 1, MAX_PAGE, 'two'],
  ])('%p is refused, naming %s and its bounds', (query, name, min, max, got) => {
    expect(problem(query)).toEqual({ key: 'wholeNumberParam', vars: { name, min, max, got } })
  })
})

test.each([
  ['12', true],
  ['0', true],
  ['-1', false],
  ['1.5', false],
  ['not-an-id', false],
  ["1' OR '1'='1", false],
  ['9'.repeat(16), false],
])('isNumericId(%p) is %p', (segment, expected) => {
  expect(isNumericId(segment)).toBe(expected)
})

describe('JSON bodies', () => {
  test.each(['{}', '{"title":"Été 🇫🇷 مرحبا"}', '', '  '])('%p is accepted', (text) => {
    expect(jsonBodyProblem(text)).toBeNull()
  })

  test.each([
    ['null', 'bodyNotObject'],
    ['"title"', 'bodyNotObject'],
    ['[1,2]', 'bodyNotObject'],
    ['{"title":"a\\u0000b"}', 'bodyNul'],
    ['{"nested":{"deep":["x\\u0000"]}}', 'bodyNul'],
    ['{"a\\u0000":1}', 'bodyNul'],
  ])('%p is refused: %s', (text, key) => {
    expect(jsonBodyProblem(text)).toEqual({ key })
  })

  test('malformed JSON is refused with the parser’s own words', () => {
    expect(jsonBodyProblem('{"title": "unfinished')).toEqual({
      key: 'bodyNotJson',
      vars: { detail: expect.stringMatching(/.+/) },
    })
  })
})

describe('where', () => {
  test('the bracket form and no where at all pass unchanged', () => {
    const bracket = 'where%5Bslug%5D%5Bequals%5D=x&limit=2'
    expect(whereQuery(bracket)).toEqual({ search: bracket })
    expect(whereQuery('')).toEqual({ search: '' })
  })

  test('a JSON text is rewritten to the bracket form Payload parses', () => {
    const where = '{"or":[{"slug":{"equals":"a b"}},{"id":{"in":[1,2]}}]}'
    const query = whereQuery(`limit=2&where=${encodeURIComponent(where)}`)
    expect(query).not.toBe('invalid')
    expect([...new URLSearchParams((query as { search: string }).search)]).toEqual([
      ['limit', '2'],
      ['where[or][0][slug][equals]', 'a b'],
      ['where[or][1][id][in][0]', '1'],
      ['where[or][1][id][in][1]', '2'],
    ])
  })

  const invalid = ['where=STRING', 'where=', 'where=[1]', 'where=null', 'where=3', 'where[0]=x', 'where[]=x']
  test.each(invalid)('%p is invalid', (search) => {
    expect(whereQuery(search)).toBe('invalid')
  })
})
