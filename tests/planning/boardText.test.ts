import { decisionMessage, weekMessage } from '../../src/lib/board'
import { translations } from '../../src/i18n/translations'

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
