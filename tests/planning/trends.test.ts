import { computeTrends, slope } from '../../src/lib/trends'

const WEEKS = ['2026-W45', '2026-W46', '2026-W47', '2026-W48']

/** n questions on the given topics in a week. */
const asked = (week: string, n: number, topics: string[]) => Array.from({ length: n }, () => ({ week, topics }))

describe('question trends', () => {
  test('slope is the least-squares rise per week', () => {
    expect(slope([1, 2, 3, 4])).toBe(1)
    expect(slope([4, 4, 4])).toBe(0)
    expect(slope([2, 4, 10])).toBe(4)
    expect(slope([7])).toBe(0)
    expect(slope([])).toBe(0)
  })

  test('counts per topic per week, and the fastest-rising topics first', () => {
    const questions = [
      ...asked('2026-W45', 2, ['energie']),
      ...asked('2026-W46', 4, ['energie']),
      ...asked('2026-W47', 7, ['energie']),
      ...asked('2026-W48', 12, ['energie']),
      ...asked('2026-W45', 10, ['pge']),
      ...asked('2026-W46', 9, ['pge']),
      ...asked('2026-W47', 8, ['pge']),
      ...asked('2026-W48', 7, ['pge']),
      ...asked('2026-W45', 1, ['export']),
      ...asked('2026-W48', 3, ['export', 'energie']),
      ...asked('2026-W44', 50, ['energie']),
      ...asked('2026-W47', 2, []),
    ]
    const trends = computeTrends(questions, WEEKS)
    // Most asked first; questions outside the weeks (W44) are not counted.
    expect(trends.series).toEqual([
      { topic: 'pge', counts: [10, 9, 8, 7], total: 34, slope: -1 },
      { topic: 'energie', counts: [2, 4, 7, 15], total: 28, slope: 4.2 },
      { topic: 'export', counts: [1, 0, 0, 3], total: 4, slope: 0.6 },
    ])
    expect(trends.rising.map((r) => r.topic)).toEqual(['energie', 'export'])
    expect(trends.untagged).toEqual([0, 0, 2, 0])
  })

  test('ties rank by the latest week, then by topic; the list is limited', () => {
    const questions = [
      ...asked('2026-W47', 1, ['b']),
      ...asked('2026-W48', 2, ['b']),
      ...asked('2026-W47', 1, ['a']),
      ...asked('2026-W48', 2, ['a']),
    ]
    expect(computeTrends(questions, ['2026-W47', '2026-W48']).rising.map((r) => r.topic)).toEqual(['a', 'b'])
    expect(computeTrends(questions, ['2026-W47', '2026-W48'], 1).rising).toHaveLength(1)
  })
})
