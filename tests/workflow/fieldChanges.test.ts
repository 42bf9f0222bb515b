import { editorialFields, fieldsChangedBy, sameContent } from '../../src/lib/changes'

describe('what a write really changes', () => {
  test('empty values are the same as absent ones, in groups too', () => {
    expect(sameContent({ title: null, image: null, description: null }, undefined)).toBe(true)
    expect(sameContent('', null)).toBe(true)
    expect(sameContent([], undefined)).toBe(true)
    expect(sameContent(null, 'Titre')).toBe(false)
  })

  test('a relationship sent as an id or as the document, an id as a string, a date in another spelling', () => {
    expect(
      sameContent(
        [3, 4],
        [
          { id: 3, name: 'A' },
          { id: 4, name: 'B' },
        ],
      ),
    ).toBe(true)
    expect(sameContent('12', 12)).toBe(true)
    expect(sameContent('2030-01-01T09:00:00Z', '2030-01-01T09:00:00.000Z')).toBe(true)
    expect(sameContent([3], [3, 4])).toBe(false)
  })

  test('keys left out of a group keep their value; keys sent with another value change it', () => {
    expect(sameContent({ x: { text: 'a' } }, { x: { text: 'a', enabled: true } })).toBe(true)
    expect(sameContent({ x: { text: 'b' } }, { x: { text: 'a', enabled: true } })).toBe(false)
  })

  test('managed fields are not edits, and the social copy is not editorial content', () => {
    const stored = { title: 'T', workflowStatus: 'approved', social: { x: { text: null } } }
    const sent = {
      title: 'T',
      workflowStatus: 'draft',
      updatedAt: 'now',
      social: { x: { text: 'Relais' } },
      meta: { title: null },
    }
    expect(fieldsChangedBy(sent, stored)).toEqual(['social'])
    expect(editorialFields(fieldsChangedBy({ ...sent, title: 'U' }, stored))).toEqual(['title'])
  })
})
