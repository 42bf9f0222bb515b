import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { decisionMessage, weekMessage } from '../../src/lib/board'
import { translations } from '../../src/i18n/translations'
import { SUBJECT_STATUSES } from '../../src/lib/subjectFlow'

const fill = (language: 'fr' | 'en', { key, vars }: { key: string; vars: Record<string, string | number> }) =>
  (translations[language].newsroom as Record<string, string>)[key].replace(/{{(\w+)}}/g, (_, name: string) =>
    String(vars[name]),
  )

describe('the board’s sentences', () => {
  test('a decision reads as a sentence, in French and in English', () => {
    const assigned = { decision: 'assigned', assignee: { name: 'Julien Moreau' }, dueDate: '2026-12-13T12:00:00.000Z' }
    expect(fill('fr', decisionMessage(assigned, 'fr'))).toBe('Attribué à Julien Moreau pour le 13 déc.')
    expect(fill('en', decisionMessage(assigned, 'en'))).toBe('Assigned to Julien Moreau, due 13 Dec')
    expect(fill('fr', decisionMessage({ decision: 'postponed', dueDate: '2026-12-13T12:00:00.000Z' }, 'fr'))).toBe(
      'Reporté à la conférence suivante',
    )
    expect(fill('fr', decisionMessage({ decision: 'accepted' }, 'fr'))).toBe('Acté en conférence')
    expect(fill('fr', decisionMessage({ decision: 'rejected' }, 'fr'))).toBe('Refusé')
  })

  test('a week reads as its number and its days', () => {
    expect(fill('fr', weekMessage('2026-W49', '2026-11-30', 'fr'))).toBe('Semaine 49 (30 nov. – 6 déc.)')
    expect(fill('en', weekMessage('2026-W49', '2026-11-30', 'en'))).toBe('Week 49 (30 Nov – 6 Dec)')
  })
})

describe('the board’s words, in the admin’s two languages', () => {
  const words = (language: 'fr' | 'en') => translations[language].newsroom as Record<string, string>

  test('every column, move and decision the board can show has its word in French and in English', () => {
    const keys = [
      ...SUBJECT_STATUSES.map((status) => `workState_${status}`),
      ...['accepted', 'assigned', 'postponed', 'rejected'].map((choice) => `decisionChoice_${choice}`),
      ...['urgent', 'high', 'low'].map((priority) => `boardPriority_${priority}`),
    ]
    for (const language of ['fr', 'en'] as const)
      expect(keys.filter((key) => !words(language)[key]?.trim())).toEqual([])
    expect([words('fr').boardClose, words('en').boardClose]).toEqual([
      'Clore et appliquer les décisions',
      'Close and apply the decisions',
    ])
    expect([words('fr').decisionChoice_assigned, words('en').decisionChoice_assigned]).toEqual(['Attribuer', 'Assign'])
  })
})

describe('the admin components’ words', () => {
  test('every word a component asks for by name exists in French and in English', () => {
    const files = readdirSync('src/components', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'))
    const asked = new Set(
      files.flatMap((file) =>
        [...readFileSync(path.join('src/components', file), 'utf8').matchAll(/\b(?:say|word)\('(\w+)'/g)].map(
          (match) => match[1],
        ),
      ),
    )
    // The calendar's words are among them: the scan reads what it should.
    expect([...asked]).toEqual(expect.arrayContaining(['calendarFeedCreated', 'trendsProposed', 'calendarWeekOf']))
    for (const language of ['fr', 'en'] as const) {
      const words = translations[language].newsroom as Record<string, string>
      expect([...asked].filter((key) => !words[key]?.trim())).toEqual([])
    }
  })

  test('the calendar speaks English to an English admin', () => {
    const en = translations.en.newsroom as Record<string, string>
    const fr = translations.fr.newsroom as Record<string, string>
    expect([fr.calendarFeedRevoke, en.calendarFeedRevoke]).toEqual(['Révoquer le lien', 'Revoke the link'])
    expect([fr.calendarKind_meeting, en.calendarKind_meeting]).toEqual(['Conférence de rédaction', 'Editorial meeting'])
  })
})
