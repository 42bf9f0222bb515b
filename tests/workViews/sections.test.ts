import { hasSocialCopy, WORK_SECTIONS } from '../../src/lib/workSections'
import { collectWork, type SectionProvider, type WorkQuery, type WorkSource } from '../../src/lib/workViews'

const asked: WorkQuery[] = []
const source: WorkSource = {
  async find(query) {
    asked.push(query)
    return query.collection === 'media-requests'
      ? [{ id: 7, title: 'Demande de France Info', dueAt: '2026-12-01T09:00:00.000Z' }]
      : []
  },
}

describe('work view sections', () => {
  test('another module adds a section by appending a provider; only the roles it names see it', async () => {
    const overdueRequests: SectionProvider = {
      key: 'overdueMediaRequests',
      roles: ['editor'],
      load: async (s) =>
        (await s.find({ collection: 'media-requests', where: {} })).map((doc) => ({
          collection: 'media-requests',
          id: doc.id as number,
          title: String(doc.title),
          href: `/admin/collections/media-requests/${String(doc.id)}`,
          date: String(doc.dueAt),
          state: null,
        })),
    }
    const providers = [...WORK_SECTIONS, overdueRequests]
    const editor = await collectWork(providers, source, { id: 1, roles: ['editor'] }, new Date('2026-12-03T10:00:00Z'))
    expect(editor.map((s) => s.key)).toEqual([
      'toReview',
      'approvedUnpublished',
      'dueThisWeek',
      'overdue',
      'overdueMediaRequests',
    ])
    expect(editor.at(-1)?.items[0].title).toBe('Demande de France Info')
    const journalist = await collectWork(providers, source, { id: 2, roles: ['journalist'] }, new Date())
    expect(journalist.map((s) => s.key)).not.toContain('overdueMediaRequests')
  })

  test('a contributor without a chamber asks for no chamber pieces', async () => {
    asked.length = 0
    const sections = await collectWork(
      WORK_SECTIONS,
      source,
      { id: 3, roles: ['contributor'], chamber: null },
      new Date(),
    )
    expect(sections.find((s) => s.key === 'chamberPieces')?.items).toEqual([])
    expect(asked.some((q) => JSON.stringify(q.where).includes('chamber'))).toBe(false)
  })

  test('social copy counts only for a network that posts', () => {
    expect(
      hasSocialCopy({ social: { x: { enabled: true, text: '  ' }, linkedin: { enabled: true, text: null } } }),
    ).toBe(false)
    expect(hasSocialCopy({ social: { facebook: { enabled: false, text: 'Texte' } } })).toBe(false)
    expect(hasSocialCopy({ social: { linkedin: { enabled: true, text: 'Texte' } } })).toBe(true)
  })
})
