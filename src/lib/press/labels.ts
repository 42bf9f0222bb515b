import { MEDIA, type Medium } from './contacts'

type Labels = { fr: string; en: string }

/** The media a contact or a piece of coverage belongs to, as the admin names them. */
export const MEDIUM_LABELS: Record<Medium, Labels> = {
  print: { fr: 'Presse écrite', en: 'Print' },
  radio: { fr: 'Radio', en: 'Radio' },
  tv: { fr: 'Télévision', en: 'TV' },
  web: { fr: 'Web', en: 'Web' },
  agency: { fr: 'Agence', en: 'Agency' },
}

export const TONES = ['positive', 'neutral', 'negative'] as const
export type Tone = (typeof TONES)[number]

export const TONE_LABELS: Record<Tone, Labels> = {
  positive: { fr: 'Positive', en: 'Positive' },
  neutral: { fr: 'Neutre', en: 'Neutral' },
  negative: { fr: 'Négative', en: 'Negative' },
}

/** A select's options from its values and their labels. */
export const optionsOf = <K extends string>(values: readonly K[], labels: Record<K, Labels>) =>
  values.map((value) => ({ value, label: labels[value] }))

export const mediumOptions = () => optionsOf(MEDIA, MEDIUM_LABELS)
export const toneOptions = () => optionsOf(TONES, TONE_LABELS)

/** A medium's or a tone's name in the reader's language (French unless English); an unknown key as it is. */
export function pressLabel(dimension: 'medium' | 'tone', key: string, language: string | undefined): string {
  const labels: Record<string, Labels> = dimension === 'medium' ? MEDIUM_LABELS : TONE_LABELS
  const label = labels[key]
  return label ? label[language === 'en' ? 'en' : 'fr'] : key
}
