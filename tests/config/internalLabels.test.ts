import { getTranslation } from '@payloadcms/translations'

import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('internal-labels')
})
afterAll(() => app.close())

test('Payload’s own collections are named in the admin’s language, not after their slug', () => {
  const labelsOf = (slug: string) => app.payload.config.collections.find((c) => c.slug === slug)!.labels
  const fr = { language: 'fr' } as Parameters<typeof getTranslation>[1]
  const en = { language: 'en' } as Parameters<typeof getTranslation>[1]
  // What the admin's "4 … supprimé(e)s avec succès" toast reads.
  expect(getTranslation(labelsOf('payload-preferences').plural, fr)).toBe('Préférences')
  expect(getTranslation(labelsOf('payload-preferences').plural, en)).toBe('Preferences')
  expect(getTranslation(labelsOf('payload-locked-documents').singular, fr)).toBe('Verrou de modification')
})
