import { addDays } from './isoWeek'

export type CalendarMode = 'month' | 'week'

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7
const mondayBefore = (date: string) => addDays(date, 1 - weekday(date))

/** The days a calendar shows (`YYYY-MM-DD`), Monday first: the week, or whole weeks covering the month. */
export function visibleDays(mode: CalendarMode, anchor: string): string[] {
  if (mode === 'week') return Array.from({ length: 7 }, (_, i) => addDays(mondayBefore(anchor), i))
  const first = `${anchor.slice(0, 7)}-01`
  const start = mondayBefore(first)
  const nextMonth = addDays(first, 32).slice(0, 7)
  const days: string[] = []
  for (let day = start; days.length % 7 !== 0 || day.slice(0, 7) < nextMonth; day = addDays(day, 1)) days.push(day)
  return days
}

/** The anchor one page before or after. */
export function shiftAnchor(mode: CalendarMode, anchor: string, step: number): string {
  if (mode === 'week') return addDays(anchor, 7 * step)
  const [year, month] = anchor.split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + step, 1))
  return target.toISOString().slice(0, 10)
}

/** The instants to ask the API for: a day of margin each side, the grid places items by their Paris date. */
export function queryRange(days: readonly string[]): { from: string; to: string } {
  return { from: `${addDays(days[0], -1)}T00:00:00.000Z`, to: `${addDays(days[days.length - 1], 2)}T00:00:00.000Z` }
}
