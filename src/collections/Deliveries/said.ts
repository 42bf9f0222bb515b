import type { Field } from 'payload'

import { deliveries, type Said, saidInEnglish, spell } from '../../i18n/deliveries'
import { outbound } from '../../i18n/outbound'
import { type MessageKey, translate } from '../../i18n/translate'

const KNOWN = new Set<string>([...Object.keys(deliveries.en), ...Object.keys(outbound.en)])

/**
 * A message as its key and values (`said`), kept beside its English text: the key is what the
 * admin and the API word in the reader's language. Hidden in the admin, where `result` shows it.
 */
export const saidGroup = (name: string, more: Partial<Field> = {}): Field =>
  ({
    name,
    type: 'group',
    admin: { hidden: true },
    ...more,
    fields: [
      { name: 'code', type: 'text' },
      { name: 'params', type: 'json' },
      // What the receiver, the scheduler or the mail server said: quoted, never translated.
      { name: 'detail', type: 'text' },
      { name: 'then', type: 'text' },
    ],
  }) as Field

export const saidField = saidGroup('said')

/** The `said` group as stored: every part written, so an earlier message leaves nothing behind. */
export const storedSaid = (said: Said) => ({
  code: said.code,
  params: said.params ?? null,
  detail: said.detail ?? null,
  then: said.then ?? null,
})

/** The English text (`englishField`) and the key of a message, as a delivery or an attempt stores them. */
export const told = <K extends string>(englishField: K, said: Said) => toldAs(englishField, said, 'said')

/** The same, the key kept under another group's name (a destination's `disabledSaid`). */
export const toldAs = <K extends string, S extends string>(englishField: K, said: Said, saidName: S) =>
  ({ [englishField]: saidInEnglish(said), [saidName]: storedSaid(said) }) as Record<K, string> &
    Record<S, ReturnType<typeof storedSaid>>

/**
 * The message in the reader's language, computed on read from `said`; a row written before keys
 * were stored (or with a key no longer known) shows its stored text.
 */
export const resultField = (
  englishField: string,
  label: Record<'fr' | 'en', string>,
  {
    name = 'result',
    from = 'said',
    admin = {},
  }: { name?: string; from?: string; admin?: Record<string, unknown> } = {},
): Field => ({
  name,
  type: 'text',
  virtual: true,
  label,
  admin: { readOnly: true, disableListFilter: true, ...admin },
  hooks: {
    afterRead: [
      ({ siblingData, req }) => {
        const said = siblingData?.[from] as Said | null | undefined
        const stored = (siblingData?.[englishField] as string | null | undefined) ?? null
        if (!said?.code || !KNOWN.has(said.code) || (said.then && !KNOWN.has(said.then))) return stored
        return spell(said, (key, vars) => translate(req, key as MessageKey, vars))
      },
    ],
  },
})
