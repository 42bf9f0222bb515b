import { hasSocialCopy, WORK_SECTIONS } from '../../src/lib/workSections'
import { collectWork, type SectionProvider, type WorkQuery, type WorkSource } from '../../src/lib/workViews'

const asked: WorkQuery[] = []
const source: WorkSource = {
  async find(query) {
    asked.push(query)
    if (query.collection === 'questions')
      return [{ id: 7, title: 'Question de la CCI du Lot', dueAt: '2026-12-01T09:00:00.000Z' }]
    if (query.collection === 'media-requests')
      return [
        { id: 9, outlet: 'France Info', subject: 'Les faillites', deadline: '2026-12-02T09:00:00.000Z', status: 'new' },
      ]
    return []
  },
}

describe('work view sections', () => {
  test('another module adds a section by appending a provider; only the roles it names see it', async () => {
    const unanswered: SectionProvider = {
      key: 'unansweredQuestions',
      roles: ['editor'],
      load: async (s) =>
        (await s.find({ collection: 'questions', where: {} })).map((doc) => ({
          collection: 'questions',
          id: doc.id as number,
          title: String(doc.title),
          href: `/admin/collections/questions/${String(doc.id)}`,
          date: String(doc.dueAt),
          state: null,
        })),
    }
    const providers = [...WORK_SECTIONS, unanswered]
    const editor = await collectWork(providers, source, { id: 1, roles: ['editor'] }, new Date('2026-12-03T10:00:00Z'))
    expect(editor.map((s) => s.key)).toEqual([
      'toReview',
      'approvedUnpublished',
      'dueThisWeek',
      'overdue',
      'overdueMediaRequests',
      'unansweredQuestions',
    ])
    expect(editor.at(-1)?.items[0].title).toBe('Question de la CCI du Lot')
    const journalist = await collectWork(providers, source, { id: 2, roles: ['journalist'] }, new Date())
    expect(journalist.map((s) => s.key)).not.toContain('unansweredQuestions')
  })

  test('the press room’s section asks for the requests past their deadline still open, oldest first', async () => {
    asked.length = 0
    const at = new Date('2026-12-03T10:00:00Z')
    const [section] = (await collectWork(WORK_SECTIONS, source, { id: 1, roles: ['editor'] }, at)).filter(
      (s) => s.key === 'overdueMediaRequests',
    )
    expect(asked.find((q) => q.collection === 'media-requests')).toEqual({
      collection: 'media-requests',
      where: {
        and: [{ deadline: { less_than: '2026-12-03T10:00:00.000Z' } }, { status: { in: ['new', 'assigned'] } }],
      },
      sort: 'deadline',
      limit: 20,
    })
    expect(section.items).toEqual([
      {
        collection: 'media-requests',
        id: 9,
        title: 'France Info · Les faillites',
        href: '/admin/collections/media-requests/9',
        date: '2026-12-02T09:00:00.000Z',
        state: 'new',
      },
    ])
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
