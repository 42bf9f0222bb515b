import { findMentions } from '../../src/lib/mentions'

const USERS = [
  { id: 1, name: 'Hélène Dubois', email: 'editor@newsroom.test' },
  { id: 2, name: 'Julien Moreau', email: 'journalist@newsroom.test' },
  { id: 3, name: 'Julien', email: 'julien@newsroom.test' },
  { id: 4, name: 'Sarah Lefèvre', email: 'community@newsroom.test' },
]

describe('mentions', () => {
  test.each([
    ['@Hélène Dubois peux-tu relire ?', [1]],
    ['@helene dubois, sans accents', [1]],
    ['cc @helene.dubois et @sarah_lefevre', [1, 4]],
    ['@journalist: à toi', [2]],
    ['@Julien Moreau, pas Julien tout court', [2]],
    ['@julien seul', [3]],
    ['écrire à editor@newsroom.test', []],
    ['@juliette inconnue', []],
    ['@Julienne non plus', []],
    ['@community @community deux fois', [4]],
  ])('%s', (text, ids) => {
    expect(findMentions(text, USERS).sort()).toEqual(ids)
  })
})
