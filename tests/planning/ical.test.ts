import ical, { type VEvent } from 'node-ical'

import { buildCalendar, escapeText, foldLine, formatDateTime } from '../../src/lib/ical'

describe('iCalendar output', () => {
  test('text is escaped: backslash, semicolon, comma, line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })

  test('lines fold at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(80)}`
    const folded = foldLine(line).split('\r\n')
    expect(folded.length).toBeGreaterThan(1)
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75)
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true)
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line)
    expect(foldLine('SHORT:line')).toBe('SHORT:line')
  })

  test('a calendar uses CRLF, has UID and DTSTAMP on every event, and reads back with node-ical', () => {
    const stamp = new Date('2026-11-29T10:00:00Z')
    const text = buildCalendar({
      name: 'Rédaction',
      productId: '-//Test//FR',
      stamp,
      events: [
        {
          uid: 'subject-1@test',
          summary: 'Échéance : PGE, remboursement; report',
          start: { date: '2026-12-03' },
          end: { date: '2026-12-04' },
          description: `Ligne 1\nLigne 2 ${'x'.repeat(100)}`,
        },
        {
          uid: 'publication-2@test',
          summary: 'Publication',
          start: { at: new Date('2026-12-01T07:00:00Z') },
          end: { at: new Date('2026-12-01T07:15:00Z') },
          url: 'https://example.test/admin/collections/articles/2',
        },
      ],
    })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    expect(text.match(/^DTSTAMP:20261129T100000Z$/gm)).toHaveLength(2)
    expect(formatDateTime(stamp)).toBe('20261129T100000Z')
    const parsed = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as VEvent[]
    expect(parsed.map((e) => e.uid)).toEqual(['subject-1@test', 'publication-2@test'])
    expect(parsed[0].summary).toBe('Échéance : PGE, remboursement; report')
    expect(parsed[0].description).toBe(`Ligne 1\nLigne 2 ${'x'.repeat(100)}`)
    expect(parsed[0].datetype).toBe('date')
    expect(parsed[1].start.toISOString()).toBe('2026-12-01T07:00:00.000Z')
  })
})
