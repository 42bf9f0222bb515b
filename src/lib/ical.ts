/**
 * iCalendar (RFC 5545) output: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, TEXT values escaped. Only what a read-only feed needs.
 */
export type CalendarTime = { at: Date } | { date: string }

export type CalendarEvent = {
  uid: string
  summary: string
  start: CalendarTime
  end?: CalendarTime
  description?: string
  url?: string
  categories?: string[]
  lastModified?: Date
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'
}

export type Calendar = { name: string; productId: string; events: CalendarEvent[]; stamp: Date }

const CRLF = '\r\n'
const MAX_OCTETS = 75
const utf8 = new TextEncoder()

/** TEXT escaping (§3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Folds a content line (§3.1): at most 75 octets per line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8.encode(char).length
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = lines.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (octets + size > limit) {
      lines.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join(`${CRLF} `)
}

/** UTC date-time form (§3.3.5): 20261129T101500Z. */
export function formatDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

const formatDate = (date: string) => date.replace(/-/g, '')

function timeProperty(name: string, time: CalendarTime): string {
  return 'at' in time ? `${name}:${formatDateTime(time.at)}` : `${name};VALUE=DATE:${formatDate(time.date)}`
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatDateTime(stamp)}`,
    timeProperty('DTSTART', event.start),
  ]
  if (event.end) lines.push(timeProperty('DTEND', event.end))
  lines.push(`SUMMARY:${escapeText(event.summary)}`)
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
  if (event.url) lines.push(`URL:${event.url}`)
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`)
  if (event.status) lines.push(`STATUS:${event.status}`)
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatDateTime(event.lastModified)}`)
  lines.push('END:VEVENT')
  return lines
}

export function buildCalendar({ name, productId, events, stamp }: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
