import type { Spec } from './submission'

/** The chambers' two crisis services, as `chambers.servicesEnabled` names them. */
export const SERVICES = ['open-businesses', 'mutual-aid'] as const
export type Service = (typeof SERVICES)[number]

export const BUSINESS_CATEGORIES = [
  'alimentation',
  'restauration-a-emporter',
  'artisan',
  'producteur-local',
  'sante',
  'services',
  'autre',
] as const
export const BUSINESS_CATEGORY_LABELS: Record<(typeof BUSINESS_CATEGORIES)[number], { fr: string; en: string }> = {
  alimentation: { fr: 'Alimentation', en: 'Food' },
  'restauration-a-emporter': { fr: 'Restauration à emporter', en: 'Takeaway food' },
  artisan: { fr: 'Artisan', en: 'Craftsperson' },
  'producteur-local': { fr: 'Producteur local', en: 'Local producer' },
  sante: { fr: 'Santé', en: 'Health' },
  services: { fr: 'Services', en: 'Services' },
  autre: { fr: 'Autre', en: 'Other' },
}

export const BUSINESS_SERVICES = ['click-and-collect', 'delivery', 'phone-orders'] as const
export const BUSINESS_SERVICE_LABELS: Record<(typeof BUSINESS_SERVICES)[number], { fr: string; en: string }> = {
  'click-and-collect': { fr: 'Retrait sur commande', en: 'Click and collect' },
  delivery: { fr: 'Livraison', en: 'Delivery' },
  'phone-orders': { fr: 'Commande par téléphone', en: 'Phone orders' },
}

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export const DAY_LABELS: Record<(typeof DAYS)[number], string> = {
  monday: 'Lundi',
  tuesday: 'Mardi',
  wednesday: 'Mercredi',
  thursday: 'Jeudi',
  friday: 'Vendredi',
  saturday: 'Samedi',
  sunday: 'Dimanche',
}

export const AID_KINDS = ['offer', 'request'] as const
export const AID_KIND_LABELS: Record<(typeof AID_KINDS)[number], { fr: string; en: string }> = {
  offer: { fr: 'Offre', en: 'Offer' },
  request: { fr: 'Demande', en: 'Request' },
}
export const AID_CATEGORIES = ['materiel', 'epi', 'main-d-oeuvre', 'logistique', 'locaux', 'conseil', 'autre'] as const
export const AID_CATEGORY_LABELS: Record<(typeof AID_CATEGORIES)[number], { fr: string; en: string }> = {
  materiel: { fr: 'Matériel', en: 'Equipment' },
  epi: { fr: 'EPI', en: 'PPE' },
  'main-d-oeuvre': { fr: 'Main-d’œuvre', en: 'Labour' },
  logistique: { fr: 'Logistique', en: 'Logistics' },
  locaux: { fr: 'Locaux', en: 'Premises' },
  conseil: { fr: 'Conseil', en: 'Advice' },
  autre: { fr: 'Autre', en: 'Other' },
}
export const AID_STATES = ['open', 'matched', 'closed'] as const

const OWNER: Spec = {
  ownerEmail: { type: 'email', required: true },
  ownerName: { type: 'text', max: 120 },
}

export const BUSINESS_SPEC: Spec = {
  name: { type: 'text', required: true, min: 2, max: 120 },
  category: { type: 'choice', required: true, options: BUSINESS_CATEGORIES },
  description: { type: 'text', max: 1000, multiline: true },
  address: { type: 'text', required: true, min: 3, max: 200 },
  services: { type: 'choices', options: BUSINESS_SERVICES },
  phone: { type: 'phone' },
  website: { type: 'url' },
  publicEmail: { type: 'email' },
  ...Object.fromEntries(DAYS.map((day) => [`hours.${day}`, { type: 'text', max: 80 } as const])),
  ...OWNER,
}
export const BUSINESS_FREE_TEXT = ['name', 'description']

export const AID_SPEC: Spec = {
  kind: { type: 'choice', required: true, options: AID_KINDS },
  category: { type: 'choice', required: true, options: AID_CATEGORIES },
  title: { type: 'text', required: true, min: 5, max: 120 },
  description: { type: 'text', required: true, min: 10, max: 2000, multiline: true },
  quantity: { type: 'text', max: 80 },
  company: { type: 'text', required: true, min: 2, max: 120 },
  ...OWNER,
}
export const AID_FREE_TEXT = ['title', 'quantity', 'description']

/** Flattens `{ hours: { monday } }` into `hours.monday` for the spec, as the forms also send it. */
export function flattenHours(body: Record<string, unknown>): Record<string, unknown> {
  const hours = body.hours
  if (!hours || typeof hours !== 'object' || Array.isArray(hours)) return body
  return { ...body, ...Object.fromEntries(Object.entries(hours).map(([day, value]) => [`hours.${day}`, value])) }
}

export function nestHours(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const hours: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith('hours.')) hours[key.slice(6)] = value
    else out[key] = value
  }
  return Object.keys(hours).length ? { ...out, hours } : out
}
