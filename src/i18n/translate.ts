import { getLocalI18n, getRequestLanguage, type PayloadRequest, type SanitizedConfig } from 'payload'
import { parseCookies } from 'payload/shared'

import type { NewsroomMessage } from './translations'

export type MessageKey = NewsroomMessage
type Vars = Record<string, unknown>
type Translate = (key: never, vars?: Vars) => string

/** One of the platform's messages through a request's (or a local) `t`. */
export const say = (t: Translate, key: MessageKey, vars?: Vars): string =>
  (t as unknown as (key: string, vars?: Vars) => string)(`newsroom:${key}`, vars)

/** One of the platform's messages in the request's language (Payload's i18n; French by default). */
export const translate = (req: PayloadRequest, key: MessageKey, vars: Vars = {}): string =>
  say(req.t as unknown as Translate, key, vars)

/** `t` for a request that has not reached Payload yet, in the language Payload would choose for it, and that language. */
export async function i18nFor(config: SanitizedConfig, headers: Headers): Promise<{ t: Translate; language: string }> {
  const language = getRequestLanguage({ config, cookies: parseCookies(headers), headers })
  return { t: (await getLocalI18n({ config, language })).t as unknown as Translate, language }
}

/** `t` for a request that has not reached Payload yet, in the language Payload would choose for it. */
export const translatorFor = async (config: SanitizedConfig, headers: Headers): Promise<Translate> =>
  (await i18nFor(config, headers)).t

/** A date as the admin writes it for the request's language, in the newsroom's time zone. */
export function formatDateTime(req: PayloadRequest, at: string | Date): string {
  const language = req.i18n?.language === 'en' ? 'en-GB' : 'fr-FR'
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(at))
}
