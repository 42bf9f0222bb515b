/**
 * ISO 8601 weeks (`2026-W48`: weeks start on Monday, week 1 holds the year's first Thursday) and
 * calendar dates as the newsroom lives them, in Paris: a question asked at 00:30 on a Monday in
 * Paris belongs to that Monday's week, whatever UTC says.
 */
export const NEWSROOM_TIME_ZONE = 'Europe/Paris'

const DAY = 86_400_000
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function calendarDate(instant: Date, timeZone = NEWSROOM_TIME_ZONE): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  )
}

/** `YYYY-MM-DD` plus a number of days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

function weekOfDate(date: string): { year: number; week: number } {
  const day = new Date(`${date}T00:00:00Z`)
  const weekday = day.getUTCDay() || 7
  // The Thursday of the same week decides the year.
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1
  return { year, week }
}

const format = ({ year, week }: { year: number; week: number }) => `${year}-W${String(week).padStart(2, '0')}`

/** The ISO week of a calendar date (`YYYY-MM-DD`). */
export function isoWeekOfDate(date: string): string {
  return format(weekOfDate(date))
}

/** The ISO week an instant falls in, in Paris. */
export function isoWeekOf(instant: Date, timeZone = NEWSROOM_TIME_ZONE): string {
  return isoWeekOfDate(calendarDate(instant, timeZone))
}

/** The Monday (`YYYY-MM-DD`) of an ISO week, or null when the text is not an ISO week that exists. */
export function mondayOf(week: string): string | null {
  const match = WEEK_PATTERN.exec(week)
  if (!match) return null
  const [year, number] = [Number(match[1]), Number(match[2])]
  const jan4 = Date.UTC(year, 0, 4)
  const weekdayJan4 = new Date(jan4).getUTCDay() || 7
  const monday = new Date(jan4 - (weekdayJan4 - 1) * DAY + (number - 1) * 7 * DAY).toISOString().slice(0, 10)
  return number >= 1 && isoWeekOfDate(monday) === week ? monday : null
}

export function isIsoWeek(value: unknown): value is string {
  return typeof value === 'string' && mondayOf(value) !== null
}

export function addWeeks(week: string, weeks: number): string {
  const monday = mondayOf(week)
  if (!monday) throw new Error(`"${week}" is not an ISO week (e.g. 2026-W48).`)
  return isoWeekOfDate(addDays(monday, weeks * 7))
}

/** The `count` weeks that end with `last`, oldest first. */
export function weeksEndingWith(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addWeeks(last, i - count + 1))
}
