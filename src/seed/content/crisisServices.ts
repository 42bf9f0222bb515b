import { expiryFrom, duplicateKey } from '../../lib/crisis/lifecycle'
import { communesOf } from '../../lib/crisis/postcodes'
import type { ChamberRefs } from './chambers'
import { createMissing, type Seeder } from './context'

/** The chambers that switched the crisis services on in the demo: Ille-et-Vilaine led, four followed. */
export const CRISIS_DEPARTMENTS = ['35', '29', '69', '13', '59'] as const

type Place = { postalCode: string; dLat?: number; dLng?: number }

const BUSINESSES: (Place & {
  name: string
  category: string
  address: string
  services: string[]
  phone: string
  monday: string
})[] = [
  {
    name: 'Boulangerie Saint-Hélier',
    category: 'alimentation',
    address: '42 rue Saint-Hélier',
    postalCode: '35000',
    dLat: 0.004,
    services: ['click-and-collect'],
    phone: '02 99 00 00 01',
    monday: '7h – 13h',
  },
  {
    name: 'Pizzeria du Thabor',
    category: 'restauration-a-emporter',
    address: '3 rue de Paris',
    postalCode: '35000',
    dLng: 0.01,
    services: ['delivery', 'phone-orders'],
    phone: '02 99 00 00 02',
    monday: '18h – 22h',
  },
  {
    name: 'Ferme des Landes',
    category: 'producteur-local',
    address: 'Lieu-dit les Landes',
    postalCode: '35510',
    services: ['click-and-collect'],
    phone: '02 99 00 00 03',
    monday: 'Fermé',
  },
  {
    name: 'Pharmacie du Port',
    category: 'sante',
    address: '8 quai de la Douane',
    postalCode: '29200',
    services: ['phone-orders'],
    phone: '02 98 00 00 04',
    monday: '9h – 19h',
  },
  {
    name: 'Plomberie Kervella',
    category: 'artisan',
    address: '14 rue de Siam',
    postalCode: '29200',
    dLat: -0.006,
    services: ['phone-orders'],
    phone: '02 98 00 00 05',
    monday: '8h – 18h',
  },
  {
    name: 'Épicerie de la Croix-Rousse',
    category: 'alimentation',
    address: '5 grande rue de la Croix-Rousse',
    postalCode: '69004',
    services: ['delivery'],
    phone: '04 78 00 00 06',
    monday: '9h – 20h',
  },
  {
    name: 'Traiteur des Pentes',
    category: 'restauration-a-emporter',
    address: '12 montée de la Grande-Côte',
    postalCode: '69001',
    services: ['click-and-collect', 'delivery'],
    phone: '04 78 00 00 07',
    monday: '11h – 14h',
  },
  {
    name: 'Poissonnerie du Vieux-Port',
    category: 'alimentation',
    address: '1 quai des Belges',
    postalCode: '13001',
    services: ['phone-orders'],
    phone: '04 91 00 00 08',
    monday: '6h – 12h',
  },
  {
    name: 'Cordonnerie Wazemmes',
    category: 'services',
    address: '20 place de la Nouvelle Aventure',
    postalCode: '59000',
    services: [],
    phone: '03 20 00 00 09',
    monday: '10h – 18h',
  },
]

const AID_POSTS: (Place & {
  title: string
  kind: string
  category: string
  company: string
  quantity: string
  description: string
})[] = [
  {
    title: 'Masques FFP2 à céder',
    kind: 'offer',
    category: 'epi',
    company: 'Atelier Textile Rhodanien',
    quantity: '2 000',
    postalCode: '69003',
    description: 'Stock de masques FFP2 à retirer à l’atelier, en lots de 100.',
  },
  {
    title: 'Cherche chauffeurs-livreurs pour deux semaines',
    kind: 'request',
    category: 'main-d-oeuvre',
    company: 'Primeurs de Provence',
    quantity: '3 personnes',
    postalCode: '13001',
    description: 'Pour assurer nos livraisons aux épiceries du centre-ville, permis B suffisant.',
  },
  {
    title: 'Entrepôt de 300 m² disponible',
    kind: 'offer',
    category: 'locaux',
    company: 'Logistique Armor',
    quantity: '300 m²',
    postalCode: '35000',
    description: 'Entrepôt sec, quai de chargement, disponible immédiatement pour trois mois.',
  },
  {
    title: 'Besoin de conseils pour vendre en ligne',
    kind: 'request',
    category: 'conseil',
    company: 'Librairie Dialogues',
    quantity: '',
    postalCode: '29200',
    description: 'Nous cherchons une entreprise qui a déjà monté un retrait sur commande pour partager son expérience.',
  },
]

const placeOf = ({ postalCode, dLat = 0, dLng = 0 }: Place) => {
  const commune = communesOf(postalCode)[0]
  return {
    postalCode,
    city: commune.name,
    departmentCode: commune.departmentCode,
    latitude: commune.latitude + dLat,
    longitude: commune.longitude + dLng,
  }
}

/** Published and confirmed today, so the demo's listings stay up for the next 30 days. */
const live = () => {
  const at = new Date()
  return {
    status: 'published',
    submittedAt: at.toISOString(),
    confirmedAt: at.toISOString(),
    expiresAt: expiryFrom(at).toISOString(),
  }
}

/** A few chambers with both crisis services switched on, with open businesses and aid posts in their departments. */
export async function seedCrisisServices(seeder: Seeder, chambers: ChamberRefs): Promise<void> {
  const { payload } = seeder
  for (const code of CRISIS_DEPARTMENTS) {
    await payload.update({
      collection: 'chambers',
      id: chambers.territorial(code),
      data: { servicesEnabled: ['open-businesses', 'mutual-aid'] },
      overrideAccess: true,
      depth: 0,
    })
  }
  const chamberOf = (departmentCode: string) => chambers.territorial(departmentCode)
  const owner = (name: string) =>
    `${name
      .normalize('NFD')
      .replace(/[^a-zA-Z]+/g, '.')
      .toLowerCase()}@demo.test`
  await createMissing(
    seeder,
    'businesses',
    'name',
    BUSINESSES,
    (b) => b.name,
    ({ dLat, dLng, monday, ...business }) => {
      const place = placeOf({ postalCode: business.postalCode, dLat, dLng })
      return payload.create({
        collection: 'businesses',
        data: {
          ...business,
          ...place,
          hours: { monday },
          services: business.services as never,
          category: business.category as never,
          ownerEmail: owner(business.name),
          chamber: chamberOf(place.departmentCode),
          duplicateKey: duplicateKey(business.name, place.postalCode),
          ...live(),
        } as never,
        overrideAccess: true,
        depth: 0,
      })
    },
  )
  await createMissing(
    seeder,
    'aid-posts',
    'title',
    AID_POSTS,
    (p) => p.title,
    (post) => {
      const place = placeOf(post)
      return payload.create({
        collection: 'aid-posts',
        data: {
          ...post,
          ...place,
          state: 'open',
          ownerEmail: owner(post.company),
          chamber: chamberOf(place.departmentCode),
          duplicateKey: duplicateKey(post.title, place.postalCode),
          ...live(),
        } as never,
        overrideAccess: true,
        depth: 0,
      })
    },
  )
}
