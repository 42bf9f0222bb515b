import { parseCsv } from '../../src/lib/press/csv'
import { refusalOf } from '../../src/lib/press/contacts'
import { personalise, releaseEmail } from '../../src/lib/press/releaseEmail'
import { slateText } from '../../src/lib/press/slateText'
import { unsubscribeSignature, verifyUnsubscribe } from '../../src/lib/press/unsubscribe'

const WORDS = {
  embargo: (u: string) => `SOUS EMBARGO jusqu’au ${u}`,
  keyFigures: 'Chiffres clés',
  contacts: 'Contacts presse',
  readOnline: 'Lire',
  unsubscribe: 'Se désinscrire',
}
const RELEASE = {
  title: 'Titre <b>',
  summary: null,
  body: 'Un.\n\nDeux.',
  keyFigures: [],
  spokespeople: [],
  url: 'https://site.test/presse/x',
  embargoUntil: '2030-06-01T07:30:00.000Z',
}

describe('the release e-mail', () => {
  test('under embargo until a future date: marked in the subject and the body, in Paris time', () => {
    const email = releaseEmail(RELEASE, WORDS, new Date('2030-05-01T00:00:00Z'))
    expect(email.subject).toBe('[SOUS EMBARGO jusqu’au 1 juin 2030 à 09:30] Titre <b>')
    expect(email.text.startsWith('SOUS EMBARGO jusqu’au 1 juin 2030 à 09:30')).toBe(true)
    expect(email.html).toContain('<h1>Titre &lt;b&gt;</h1>')
    expect(email.html).toContain('<p>Deux.</p>')
  })
  test('an embargo already over is not mentioned', () => {
    const email = releaseEmail(RELEASE, WORDS, new Date('2030-06-01T08:00:00Z'))
    expect(email.subject).toBe('Titre <b>')
    expect(email.embargoUntil).toBeNull()
  })
  test('each recipient gets their own link', () => {
    const email = releaseEmail(RELEASE, WORDS, new Date('2031-01-01T00:00:00Z'))
    expect(personalise(email.text, 'https://u/1')).toContain('Se désinscrire : https://u/1')
  })
})

test('unsubscribe signatures: bound to the contact and the secret', () => {
  const signature = unsubscribeSignature('secret', 12)
  expect(verifyUnsubscribe('secret', '12', signature)).toBe(true)
  expect(verifyUnsubscribe('secret', '13', signature)).toBe(false)
  expect(verifyUnsubscribe('other', '12', signature)).toBe(false)
  expect(verifyUnsubscribe('secret', '12', signature.slice(1))).toBe(false)
})

test('who may be written to', () => {
  expect(refusalOf({ legalBasis: 'consent', consentAt: '2026-01-01' })).toBeNull()
  expect(refusalOf({ legalBasis: 'consent' })).toBe('no-legal-basis')
  expect(refusalOf({ legalBasis: 'legitimate-interest', legitimateInterestNote: 'x' })).toBeNull()
  expect(refusalOf({ legalBasis: 'consent', consentAt: '2026-01-01', optOutAt: '2026-02-01' })).toBe('opted-out')
})

test('CSV: quotes, doubled quotes, line breaks inside quotes, semicolons', () => {
  expect(parseCsv('a;b\r\n"x;y";"say ""hi"""\n"multi\nline";z')).toEqual([
    ['a', 'b'],
    ['x;y', 'say "hi"'],
    ['multi\nline', 'z'],
  ])
  expect(parseCsv('\uFEFFname,email\nA,a@b.c\n')).toEqual([
    ['name', 'email'],
    ['A', 'a@b.c'],
  ])
})

test('Slate to text', () => {
  expect(
    slateText([
      { children: [{ text: 'Un ' }, { text: 'deux' }] },
      { children: [{ text: '' }] },
      { children: [{ text: 'Trois' }] },
    ]),
  ).toBe('Un deux\n\nTrois')
})
