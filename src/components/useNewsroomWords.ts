'use client'

import { useTranslation } from '@payloadcms/ui'

export type Say = (key: string, vars?: Record<string, unknown>) => string

/** The project's own words (`newsroom:` keys) in the admin's language, and that language. */
export function useNewsroomWords() {
  const { t, i18n } = useTranslation()
  const say: Say = (key, vars) => (t as unknown as Say)(`newsroom:${key}`, vars)
  return { say, language: i18n.language, t }
}
