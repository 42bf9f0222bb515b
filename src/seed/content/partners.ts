import type { Partner } from '../../payload-types'
import { createMissing, ref, type Refs, type Seeder } from './context'

export type PartnerSeed = { key: string; name: string; kind: Partner['kind']; url: string; logo: string }

/** Invented organisations: a sponsored article must not look like a real company's advertising. */
export const PARTNERS: PartnerSeed[] = [
  {
    key: 'radio',
    name: 'Radio Commerce FM',
    kind: 'media-partner',
    url: 'https://www.radio-commerce.test',
    logo: 'logo-radio',
  },
  {
    key: 'hebdo',
    name: 'L’Hebdo des Territoires',
    kind: 'media-partner',
    url: 'https://www.hebdo-territoires.test',
    logo: 'logo-hebdo',
  },
  {
    key: 'sponsor',
    name: 'Fondation Commerce & Territoires',
    kind: 'sponsor',
    url: 'https://www.fondation-commerce.test',
    logo: 'logo-fondation',
  },
]

/** Returns partner ids by seed key ("sponsor"), not by name. */
export async function seedPartners(seeder: Seeder, images: Refs): Promise<Refs> {
  const byName = await createMissing(
    seeder,
    'partners',
    'name',
    PARTNERS,
    (p) => p.name,
    ({ name, kind, url, logo }) =>
      seeder.payload.create({
        collection: 'partners',
        data: { name, kind, url, logo: ref(images, logo, 'image') },
        overrideAccess: true,
        depth: 0,
      }),
  )
  return new Map(PARTNERS.map((p) => [p.key, ref(byName, p.name, 'partner')]))
}
