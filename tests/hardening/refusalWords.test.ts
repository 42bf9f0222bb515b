import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

import { translations } from '../../src/i18n/translations'
import { describe as violationsOf } from '../../src/openapi/contract'
import { fieldErrors, type Translate } from '../../src/openapi/refusal'

const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false })
addFormats(ajv)

const say =
  (language: 'fr' | 'en'): Translate =>
  (key, vars = {}) =>
    (translations[language].newsroom as Record<string, string>)[key].replace(/{{(\w+)}}/g, (_, name: string) =>
      String(vars[name]),
    )

/** The messages a body gets when it breaks a schema, in one language. */
function refusal(schema: object, body: unknown, language: 'fr' | 'en'): string[] {
  const validate = ajv.compile(schema)
  expect(validate(body)).toBe(false)
  return fieldErrors(violationsOf(validate.errors, 'body'), say(language), language).map((e) => e.message)
}

const schema = {
  type: 'object',
  properties: {
    title: { type: 'string', minLength: 2, maxLength: 5 },
    count: { type: 'integer', minimum: 1, maximum: 9 },
    tags: { type: 'array', maxItems: 1 },
    email: { type: 'string', format: 'email' },
    site: { type: 'string', format: 'uri' },
    day: { type: 'string', format: 'date' },
    code: { type: 'string', pattern: '^[0-9]+$' },
  },
}

test('each bound and format a value misses is named in the client’s language, never in the validator’s English', () => {
  const body = { title: 'abcdefg', count: 12, tags: [1, 2], email: 'x', site: 'nope', day: '2026-13-45', code: 'a' }
  expect(refusal(schema, body, 'fr')).toEqual([
    '« title » doit faire au plus 5 caractères.',
    '« count » doit être au plus 9.',
    '« tags » doit avoir au plus 1 élément(s).',
    '« email » doit être une adresse e-mail.',
    '« site » doit être une adresse web complète (https://…).',
    '« day » doit être une date (AAAA-MM-JJ).',
    '« code » n’a pas la forme attendue.',
  ])
  const english = refusal(schema, { title: 'a', count: 0 }, 'en')
  expect(english).toEqual(['"title" must be at least 2 character(s) long.', '"count" must be at least 1.'])
})
