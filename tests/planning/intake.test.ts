import { isHoneypotFilled, validateIntake } from '../../src/lib/questionIntake'
import { parseRateLimit } from '../../src/lib/rateLimit'

const VALID = {
  text: 'Puis-je reporter mes cotisations sociales ?',
  sector: 'commerce',
  territory: 'bretagne',
  audience: 'business-owners',
}

describe('question intake validation', () => {
  test('a complete question passes, trimmed', () => {
    expect(validateIntake({ ...VALID, text: `  ${VALID.text}  ` })).toEqual({ ok: true, intake: VALID })
  })

  test('every problem is reported, each with its field', () => {
    const result = validateIntake({ text: 'Court', sector: 'banque', territory: 'atlantide' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.path)).toEqual(['text', 'sector', 'territory', 'audience'])
    expect(result.errors[0]).toEqual({ path: 'text', problem: 'length', min: 10, max: 2000, got: 5 })
  })

  test('length counts characters, not bytes, and caps at 2,000', () => {
    expect(validateIntake({ ...VALID, text: 'é'.repeat(2000) }).ok).toBe(true)
    expect(validateIntake({ ...VALID, text: 'é'.repeat(2001) }).ok).toBe(false)
    expect(validateIntake(null).ok).toBe(false)
    expect(validateIntake([VALID]).ok).toBe(false)
  })

  test('the honeypot', () => {
    expect(isHoneypotFilled({ website: 'http://spam.example' })).toBe(true)
    expect(isHoneypotFilled({ website: '  ' })).toBe(false)
    expect(isHoneypotFilled({})).toBe(false)
  })
})

describe('rate limits', () => {
  const fallback = { limit: 10, windowMs: 600_000 }

  test.each([
    [undefined, fallback],
    ['', fallback],
    ['10/10m', { limit: 10, windowMs: 600_000 }],
    ['30/1h', { limit: 30, windowMs: 3_600_000 }],
    ['5/90s', { limit: 5, windowMs: 90_000 }],
    ['3', { limit: 3, windowMs: 600_000 }],
  ])('%s', (value, rule) => {
    expect(parseRateLimit(value, fallback)).toEqual(rule)
  })

  test.each(['ten', '0/1m', '10/0s', '10/5d'])('"%s" is refused', (value) => {
    expect(() => parseRateLimit(value, fallback, 'QUESTIONS_RATE_LIMIT')).toThrow(/QUESTIONS_RATE_LIMIT/)
  })
})
