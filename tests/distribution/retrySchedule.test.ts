import {
  DEFAULT_RETRY_SCHEDULE_SECONDS,
  parseRetryAfter,
  parseRetrySchedule,
  retryDelayMs,
} from '../../src/distribution/retrySchedule'

describe('retry schedule from the environment', () => {
  test('absent or empty gives the default, which spans about a day', () => {
    expect(parseRetrySchedule(undefined)).toEqual(DEFAULT_RETRY_SCHEDULE_SECONDS)
    expect(parseRetrySchedule('  ')).toEqual(DEFAULT_RETRY_SCHEDULE_SECONDS)
    const total = DEFAULT_RETRY_SCHEDULE_SECONDS.reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThan(24 * 3600)
    expect(total).toBeLessThan(2 * 24 * 3600)
  })

  test('the default cannot be changed through the returned array', () => {
    parseRetrySchedule(undefined).push(1)
    expect(DEFAULT_RETRY_SCHEDULE_SECONDS).toHaveLength(10)
  })

  test('comma-separated seconds, decimals and spaces allowed', () => {
    expect(parseRetrySchedule('0.05,0.1')).toEqual([0.05, 0.1])
    expect(parseRetrySchedule(' 5 , 30,120 ')).toEqual([5, 30, 120])
  })

  test.each(['5,abc,30', '5,,30', '5,-1', '5,1e3', '5,30,'])('"%s" is refused, naming the bad entry', (value) => {
    expect(() => parseRetrySchedule(value)).toThrow(/Invalid retry schedule: entry \d+ \(".*"\)/)
  })

  test('the message quotes the offending value', () => {
    expect(() => parseRetrySchedule('5,abc')).toThrow('entry 2 ("abc")')
  })
})

describe('delay before the next attempt', () => {
  const schedule = [5, 30, 120]

  test('follows the schedule: the nth failure waits the nth delay', () => {
    const middle = () => 0.5
    expect(retryDelayMs({ failedAttempts: 1, schedule, random: middle })).toBe(5_000)
    expect(retryDelayMs({ failedAttempts: 2, schedule, random: middle })).toBe(30_000)
    expect(retryDelayMs({ failedAttempts: 3, schedule, random: middle })).toBe(120_000)
  })

  test('gives up once the schedule is exhausted', () => {
    expect(retryDelayMs({ failedAttempts: 4, schedule })).toBeNull()
    expect(retryDelayMs({ failedAttempts: 1, schedule: [] })).toBeNull()
  })

  test('jitter spans ±20 %', () => {
    expect(retryDelayMs({ failedAttempts: 2, schedule, random: () => 0 })).toBe(24_000)
    expect(retryDelayMs({ failedAttempts: 2, schedule, random: () => 0.999999 })).toBe(36_000)
    expect(retryDelayMs({ failedAttempts: 2, schedule, random: () => 0.25 })).toBe(27_000)
  })

  test('decimal schedules work (fast test runs)', () => {
    expect(retryDelayMs({ failedAttempts: 1, schedule: [0.05], random: () => 0.5 })).toBe(50)
  })

  test('Retry-After is honoured when longer than the schedule', () => {
    expect(retryDelayMs({ failedAttempts: 1, schedule, retryAfterMs: 90_000, random: () => 0.5 })).toBe(90_000)
    expect(retryDelayMs({ failedAttempts: 1, schedule, retryAfterMs: 1_000, random: () => 0.5 })).toBe(5_000)
    expect(retryDelayMs({ failedAttempts: 1, schedule, retryAfterMs: null, random: () => 0.5 })).toBe(5_000)
  })

  test('Retry-After is capped at 24 hours', () => {
    const week = 7 * 24 * 3600 * 1000
    expect(retryDelayMs({ failedAttempts: 1, schedule, retryAfterMs: week, random: () => 0.5 })).toBe(24 * 3600 * 1000)
  })

  test('Retry-After does not extend an exhausted schedule', () => {
    expect(retryDelayMs({ failedAttempts: 4, schedule, retryAfterMs: 1_000 })).toBeNull()
  })

  test('failedAttempts below 1 is a programming error', () => {
    expect(() => retryDelayMs({ failedAttempts: 0, schedule })).toThrow(RangeError)
  })
})

describe('Retry-After header', () => {
  const now = new Date('2026-03-01T12:00:00Z')

  test('delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
  })

  test('HTTP-date, in all three historical forms', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:01:30 GMT', now)).toBe(90_000)
    expect(parseRetryAfter('Sunday, 01-Mar-26 12:01:30 GMT', now)).toBe(90_000)
    expect(parseRetryAfter('Sun Mar  1 12:01:30 2026', now)).toBe(90_000)
  })

  test('a date in the past means now', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0)
  })

  test.each([null, undefined, '', 'soon', '-5', '1.5', '2026-03-01T12:01:30Z'])('%p is ignored', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull()
  })
})
