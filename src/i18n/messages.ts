import { getLocalI18n, getRequestLanguage, type SanitizedConfig } from 'payload'
import { parseCookies } from 'payload/shared'

/**
 * The platform's own messages, in Payload's i18n (namespace `newsroom`), so that a refusal speaks
 * the language of the admin who caused it: French by default, English for an English admin.
 */
export const newsroomTranslations = {
  fr: {
    newsroom: {
      whereNotObject:
        '« where » doit être un objet : where[champ][opérateur]=valeur, ou un objet JSON comme {"slug":{"equals":"x"}}.',
      methodNotAllowed: '{{method}} n’est pas possible sur {{path}} : seulement {{allowed}}.',
      fieldProblem: '« {{path}} » {{problem}}',
      expectedText: 'attend un texte.',
      expectedTexts: 'attend une liste de textes.',
      expectedNumber: 'attend un nombre.',
      expectedNumbers: 'attend une liste de nombres.',
      expectedBoolean: 'attend true ou false.',
      expectedDate: 'attend une date ISO 8601 (par exemple 2030-03-01T09:00:00Z).',
      expectedOption: 'attend le texte d’une des options.',
      expectedOptions: 'attend une liste d’options.',
      expectedObject: 'attend un objet avec ses champs.',
      expectedRows: 'attend une liste de lignes (des objets).',
      expectedBlocks: 'attend une liste de blocs ayant chacun un blockType connu.',
      expectedPoint: 'attend [longitude, latitude].',
      expectedReference: 'attend l’identifiant d’un document.',
      privateFileUrl: 'url : le fichier doit venir d’une adresse publique ({{reason}}).',
    },
  },
  en: {
    newsroom: {
      whereNotObject:
        '"where" must be an object: where[field][operator]=value, or a JSON object such as {"slug":{"equals":"x"}}.',
      methodNotAllowed: '{{method}} is not allowed on {{path}}: only {{allowed}}.',
      fieldProblem: '"{{path}}" {{problem}}',
      expectedText: 'expects a text.',
      expectedTexts: 'expects a list of texts.',
      expectedNumber: 'expects a number.',
      expectedNumbers: 'expects a list of numbers.',
      expectedBoolean: 'expects true or false.',
      expectedDate: 'expects an ISO 8601 date (e.g. 2030-03-01T09:00:00Z).',
      expectedOption: 'expects the text of one of the options.',
      expectedOptions: 'expects a list of options.',
      expectedObject: 'expects an object with its fields.',
      expectedRows: 'expects a list of rows (objects).',
      expectedBlocks: 'expects a list of blocks, each with a known blockType.',
      expectedPoint: 'expects [longitude, latitude].',
      expectedReference: 'expects the id of a document.',
      privateFileUrl: 'url: the file must come from a public address ({{reason}}).',
    },
  },
}

export type MessageKey = keyof (typeof newsroomTranslations)['en']['newsroom']

type Translate = (key: never, vars?: Record<string, unknown>) => string

/** One of our messages through a request's (or a local) `t`. */
export const say = (t: Translate, key: MessageKey, vars?: Record<string, unknown>): string =>
  (t as unknown as (key: string, vars?: Record<string, unknown>) => string)(`newsroom:${key}`, vars)

/** `t` for a request that has not reached Payload yet, in the language Payload would choose for it. */
export async function translatorFor(config: SanitizedConfig, headers: Headers): Promise<Translate> {
  const language = getRequestLanguage({ config, cookies: parseCookies(headers), headers })
  return (await getLocalI18n({ config, language })).t as unknown as Translate
}
