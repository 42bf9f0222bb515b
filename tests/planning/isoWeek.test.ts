import { addDays, addWeeks, calendarDate, isIsoWeek, isoWeekOf, isoWeekOfDate, mondayOf, weeksEndingWith } from '../../src/lib/isoWeek'

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
