import { planClose, type SubjectState } from '../../src/lib/meetingClose'
import { checkSubjectTransition, decisionSteps, DECISIONS, subjectMovesFor } from '../../src/lib/subjectFlow'
import { expectedMove, pairs, ROLES, SUBJECT_STATUSES } from '../helpers/expectedTransitions'

describe('the subject transition table', () => {
  const cases = pairs(SUBJECT_STATUSES).flatMap(({ from, to }) =>
    ROLES.flatMap((role) => [true, false].map((assignee) => ({ from, to, role, assignee }))),
  )

  test.each(cases)('$role (assignee: $assignee) $from → $to', ({ from, to, role, assignee }) => {
    const expected = expectedMove('subject', from, to, role, assignee)
    const verdict = checkSubjectTransition(from, to, [role], assignee)
    if (expected === 'ok') expect(verdict).toEqual({ ok: true })
    else expect(verdict).toMatchObject({ ok: false, status: expected })
  })

  test('editors decide and assign; the assignee starts; nobody un-delivers', () => {
    expect(subjectMovesFor('proposed', ['editor'], false)).toEqual(['accepted', 'rejected', 'postponed'])
    expect(subjectMovesFor('proposed', ['journalist'], true)).toEqual([])
    expect(subjectMovesFor('assigned', ['journalist'], true)).toEqual(['in-progress'])
    expect(subjectMovesFor('assigned', ['journalist'], false)).toEqual([])
    for (const roles of [['admin'], ['editor'], ['journalist']])
      expect(subjectMovesFor('delivered', roles, true)).toEqual([])
  })

  test('a user with two roles gets the moves of both', () => {
    expect(subjectMovesFor('assigned', ['community-manager', 'editor'], false)).toEqual([
      'postponed',
      'in-progress',
      'delivered',
    ])
  })
})

describe('carrying out a meeting decision', () => {
  test.each([
    ['proposed', 'accepted', ['accepted']],
    ['proposed', 'assigned', ['accepted', 'assigned']],
    ['postponed', 'assigned', ['accepted', 'assigned']],
    ['accepted', 'assigned', ['assigned']],
    ['postponed', 'postponed', []],
    ['assigned', 'postponed', ['postponed']],
    ['in-progress', 'accepted', null],
    ['delivered', 'rejected', null],
    ['rejected', 'assigned', null],
  ] as const)('%s, decided %s: %j', (from, decision, steps) => {
    expect(decisionSteps(from, decision)).toEqual(steps)
  })

  test('every decision on a fresh proposal can be carried out by an editor', () => {
    for (const decision of DECISIONS) expect(decisionSteps('proposed', decision)).not.toBeNull()
  })
})

describe('planning a meeting’s close', () => {
  const s = (id: string, status: SubjectState['status'], title = `Sujet ${id}`): SubjectState => ({ id, title, status })
  const map = (...states: SubjectState[]) => new Map(states.map((x) => [x.id, x]))

  test('postponed and undecided proposals are carried over; subjects under way are not', () => {
    const agenda = [
      s('1', 'proposed'),
      s('2', 'proposed'),
      s('3', 'postponed'),
      s('4', 'in-progress'),
      s('5', 'proposed'),
    ]
    const plan = planClose(
      agenda,
      [
        { subject: '1', decision: 'accepted' },
        { subject: '2', decision: 'postponed' },
      ],
      map(...agenda),
      ['editor'],
    )
    expect(plan.problems).toEqual([])
    expect(plan.apply.map((a) => [a.subject.id, a.steps])).toEqual([
      ['1', ['accepted']],
      ['2', ['postponed']],
    ])
    expect(plan.carryOver.map((x) => x.id)).toEqual(['2', '3', '5'])
  })

  test('every problem is reported at once', () => {
    const subjects = map(s('1', 'delivered', 'Livré'), s('2', 'proposed', 'Sans plume'))
    const plan = planClose(
      [],
      [
        { subject: '1', decision: 'accepted' },
        { subject: '2', decision: 'assigned' },
        { subject: '9', decision: 'accepted' },
      ],
      subjects,
      ['editor'],
    )
    expect(plan.problems).toEqual([
      { code: 'meetingNoLongerDecidable', title: 'Livré', status: 'delivered', decision: 'accepted' },
      { code: 'meetingSubjectUnassigned', title: 'Sans plume' },
      { code: 'meetingSubjectGone', subject: '9' },
    ])
  })

  test('someone who may not decide cannot close with decisions', () => {
    const plan = planClose([], [{ subject: '1', decision: 'accepted' }], map(s('1', 'proposed', 'Idée')), [
      'journalist',
    ])
    expect(plan.problems[0]).toEqual({
      code: 'meetingSubjectRefused',
      title: 'Idée',
      verdict: { ok: false, status: 403, from: 'proposed', to: 'accepted', allowed: [] },
    })
  })
})
