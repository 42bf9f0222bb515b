import type { Event } from '../../payload-types'
import type { Region } from '../../lib/regions'
import { slugify } from '../../lib/text'
import type { ChamberRefs } from './chambers'
import {
  createMissing,
  PUBLISHED,
  daysAgo,
  daysFromNow,
  refsOf,
  type Audience,
  type Refs,
  type Seeder,
} from './context'

type EventSeed = {
  title: string
  kind: Event['kind']
  description: string
  startsAt: string
  endsAt: string
  organiser: { department: string } | { region: Region } | 'national'
  registrationUrl?: string
  replayUrl?: string
  speakers: { name: string; role: string; organisation: string }[]
  topics: string[]
  audiences: Audience[]
  publishedAt: string
}

/** Three past events with their replay, two upcoming ones open for registration. */
export const EVENTS: EventSeed[] = [
  {
    title: 'PGE et fonds de solidarité : vos questions en direct',
    kind: 'webinar',
    description:
      'Une heure et demie pour comprendre les deux premières aides de la crise, avec les réponses aux questions posées en direct.',
    startsAt: '2020-03-31T12:00:00.000Z',
    endsAt: '2020-03-31T13:30:00.000Z',
    organiser: 'national',
    replayUrl: 'https://www.cci-france.test/replays/pge-fonds-de-solidarite',
    speakers: [
      { name: 'Anne Rousseau', role: 'Directrice du financement', organisation: 'Bpifrance' },
      { name: 'Pierre Vasseur', role: 'Conseiller entreprises', organisation: 'CCI France' },
    ],
    topics: ['pret-garanti-par-l-etat', 'fonds-de-solidarite'],
    audiences: ['business-owners', 'entrepreneurs'],
    publishedAt: '2020-03-27T08:00:00.000Z',
  },
  {
    title: 'Facebook live : l’activité partielle en questions',
    kind: 'facebook-live',
    description: 'Un juriste en droit social répond en direct aux questions des employeurs sur le chômage partiel.',
    startsAt: '2020-04-09T16:00:00.000Z',
    endsAt: '2020-04-09T17:00:00.000Z',
    organiser: { region: 'hauts-de-france' },
    replayUrl: 'https://www.facebook.test/cci.hautsdefrance/videos/activite-partielle',
    speakers: [{ name: 'Sophie Delattre', role: 'Juriste en droit social', organisation: 'CCI Hauts-de-France' }],
    topics: ['activite-partielle'],
    audiences: ['business-owners'],
    publishedAt: '2020-04-07T08:00:00.000Z',
  },
  {
    title: 'Lancer sa boutique en ligne en une semaine',
    kind: 'webinar',
    description: 'Les outils, les coûts et les étapes pour vendre en ligne pendant le second confinement.',
    startsAt: '2020-11-10T13:00:00.000Z',
    endsAt: '2020-11-10T14:00:00.000Z',
    organiser: { department: '33' },
    replayUrl: 'https://www.cci-gironde.test/replays/boutique-en-ligne',
    speakers: [
      { name: 'Thomas Nguyen', role: 'Conseiller numérique', organisation: 'CCI Gironde' },
      { name: 'Élodie Martin', role: 'Gérante de boutique', organisation: 'Librairie du Port' },
    ],
    topics: ['numerique-vente-en-ligne'],
    audiences: ['business-owners'],
    publishedAt: '2020-11-04T08:00:00.000Z',
  },
  {
    title: 'Webinaire : financer la transition écologique de son commerce',
    kind: 'webinar',
    description: 'Prêts verts, aides à l’investissement et retours d’expérience de commerçants.',
    startsAt: daysFromNow(10, 10),
    endsAt: daysFromNow(10, 11),
    organiser: 'national',
    registrationUrl: 'https://www.cci-france.test/webinaires/transition-ecologique/inscription',
    speakers: [
      { name: 'Karim Haddad', role: 'Chargé d’affaires', organisation: 'Bpifrance' },
      { name: 'Julie Perrin', role: 'Conseillère énergie', organisation: 'CCI France' },
    ],
    topics: ['transition-ecologique'],
    audiences: ['business-owners'],
    publishedAt: daysAgo(5),
  },
  {
    title: 'Assises régionales de la transmission d’entreprise',
    kind: 'conference',
    description:
      'Une journée pour les cédants et les repreneurs : témoignages, ateliers de financement et rendez-vous avec des experts.',
    startsAt: daysFromNow(40, 8),
    endsAt: daysFromNow(40, 16),
    organiser: { region: 'pays-de-la-loire' },
    registrationUrl: 'https://www.cci-region-pays-de-la-loire.test/assises-transmission',
    speakers: [
      { name: 'Philippe Guérin', role: 'Président', organisation: 'CCI Pays de la Loire' },
      { name: 'Marion Lebrun', role: 'Experte-comptable', organisation: 'Cabinet Lebrun' },
    ],
    topics: ['relance'],
    audiences: ['entrepreneurs', 'business-owners', 'institutions'],
    publishedAt: daysAgo(20),
  },
]

const organiserId = (chambers: ChamberRefs, organiser: EventSeed['organiser']) =>
  organiser === 'national'
    ? chambers.national
    : 'region' in organiser
      ? chambers.regional(organiser.region)
      : chambers.territorial(organiser.department)

export async function seedEvents(seeder: Seeder, deps: { topics: Refs; chambers: ChamberRefs }): Promise<Refs> {
  return createMissing(
    seeder,
    'events',
    'slug',
    EVENTS,
    (e) => slugify(e.title),
    ({ organiser, topics, ...event }) =>
      seeder.payload.create({
        collection: 'events',
        data: {
          ...event,
          organiser: organiserId(deps.chambers, organiser),
          topics: refsOf(deps.topics, topics, 'topic'),
          ...PUBLISHED,
        },
        overrideAccess: true,
        depth: 0,
      }),
  )
}
