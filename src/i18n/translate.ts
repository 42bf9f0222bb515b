import type { PayloadRequest } from 'payload'

import type { NewsroomMessage } from './translations'

/** One of the platform's messages in the request's language (Payload's i18n; French by default). */
export function translate(req: PayloadRequest, key: NewsroomMessage, values: Record<string, unknown> = {}): string {
  const t = req.t as unknown as (key: string, values?: Record<string, unknown>) => string
  return t(`newsroom:${key}`, values)
}

/** A date as the admin writes it for the request's language, in the newsroom's time zone. */
export function formatDateTime(req: PayloadRequest, at: string | Date): string {
  const language = req.i18n?.language === 'en' ? 'en-GB' : 'fr-FR'
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(at))
}
