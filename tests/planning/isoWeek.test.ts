import { queryRange, shiftAnchor, visibleDays } from '../../src/lib/calendarGrid'
import {
  addDays,
  addWeeks,
  calendarDate,
  isIsoWeek,
  isoWeekOf,
  isoWeekOfDate,
  mondayOf,
  weeksEndingWith,
} from '../../src/lib/isoWeek'

describe('ISO weeks', () => {
  test.each([
    ['2026-11-23', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['2026-11-30', '2026-W49'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2027-01-01', '2026-W53'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOfDate(date)).toBe(week)
  })

  test('the Monday of a week, and weeks that do not exist', () => {
    expect(mondayOf('2026-W48')).toBe('2026-11-23')
    expect(mondayOf('2025-W01')).toBe('2024-12-30')
    expect(mondayOf('2020-W53')).toBe('2020-12-28')
    expect(mondayOf('2021-W53')).toBeNull()
    expect(mondayOf('2026-W00')).toBeNull()
    expect(mondayOf('2026-48')).toBeNull()
    expect(isIsoWeek('2026-W48')).toBe(true)
    expect(isIsoWeek(48)).toBe(false)
  })

  test('weeks follow each other across years', () => {
    expect(addWeeks('2026-W52', 1)).toBe('2026-W53')
    expect(addWeeks('2026-W53', 1)).toBe('2027-W01')
    expect(addWeeks('2027-W01', -1)).toBe('2026-W53')
    expect(weeksEndingWith('2027-W02', 4)).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02'])
  })

  test('an instant belongs to the week of its Paris date', () => {
    // Sunday 23:30 UTC is already Monday in Paris.
    expect(isoWeekOf(new Date('2026-11-29T23:30:00Z'))).toBe('2026-W49')
    expect(isoWeekOf(new Date('2026-11-29T23:30:00Z'), 'UTC')).toBe('2026-W48')
    expect(calendarDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })
})

describe('calendar grids', () => {
  test('a month is whole weeks, Monday first, covering every day of it', () => {
    const days = visibleDays('month', '2026-11-18')
    expect(days[0]).toBe('2026-10-26')
    expect(days.at(-1)).toBe('2026-12-06')
    expect(days).toHaveLength(42)
    expect(visibleDays('month', '2027-02-10')).toHaveLength(28)
  })

  test('a week runs Monday to Sunday; pages move by a week or a month', () => {
    expect(visibleDays('week', '2026-11-29')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ])
    expect(shiftAnchor('week', '2026-11-29', 1)).toBe('2026-12-06')
    expect(shiftAnchor('month', '2026-12-31', 1)).toBe('2027-01-01')
    expect(shiftAnchor('month', '2026-01-31', -1)).toBe('2025-12-01')
    expect(queryRange(['2026-11-23', '2026-11-29'])).toEqual({
      from: '2026-11-22T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    })
  })
})
