import { PHASE_OPTIONS } from '../collections/Dossiers/phases'
import { EVENT_KIND_OPTIONS } from '../collections/Events/kinds'
import { AUDIENCE_OPTIONS } from '../fields/taxonomy'
import type { SiteType } from '../lib/sitePaths'

const TIME_ZONE = 'Europe/Paris'

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: TIME_ZONE })
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE })

export const formatDate = (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : '')
export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTimeFormat.format(new Date(iso)) : '')

export const SITE_NAME = 'CCI — Informations de crise pour les entreprises'

/** Section titles, singular labels for cards. */
export const TYPE_LABELS: Record<SiteType, { section: string; item: string }> = {
  articles: { section: 'Décryptages et actualités', item: 'Article' },
  'success-stories': { section: 'Entreprises solidaires', item: 'Entreprise solidaire' },
  initiatives: { section: 'Initiatives locales', item: 'Initiative' },
  faqs: { section: 'Questions fréquentes', item: 'Question' },
  guides: { section: 'Fiches pratiques', item: 'Fiche pratique' },
  events: { section: 'Événements', item: 'Événement' },
  dossiers: { section: 'Dossiers', item: 'Dossier' },
  'press-releases': { section: 'Communiqués de presse', item: 'Communiqué de presse' },
}

type Options = { value: string; label: { fr: string } }[]

/** The French labels of a select field's options, as the admin shows them. */
const frenchLabels = (options: Options): Record<string, string> =>
  Object.fromEntries(options.map((o) => [o.value, o.label.fr]))

export const PHASES = PHASE_OPTIONS.map((option) => option.value)
export const PHASE_LABELS = frenchLabels(PHASE_OPTIONS)
export const AUDIENCE_LABELS = frenchLabels(AUDIENCE_OPTIONS)
export const EVENT_KIND_LABELS = frenchLabels(EVENT_KIND_OPTIONS)

export const SPONSORED_LABEL = 'Contenu sponsorisé'
