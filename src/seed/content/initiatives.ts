import type { Initiative } from '../../payload-types'
import { slugify } from '../../lib/text'
import { TERRITORIAL_CHAMBERS } from '../data/chambers'
import type { ChamberRefs } from './chambers'
import { createMissing, PUBLISHED, refsOf, type Audience, type Refs, type Seeder, type Territory } from './context'
import { p } from './richText'

type InitiativeSeed = {
  title: string
  kind: Initiative['kind']
  lead: string
  adoptedBy: string[]
  summary: string
  body: string[]
  url: string
  launchDate: string
  territory: Territory
  state: 'active' | 'ended'
  topics: string[]
  audiences: Audience[]
  publishedAt: string
}

// Four chambers in seven across the whole country: 58 of them took the map up.
const MAP_ADOPTERS = TERRITORIAL_CHAMBERS.filter((c, i) => i % 7 < 4 && c.departmentCode !== '35').map(
  (c) => c.departmentCode,
)

/** Local initiatives the network copied from one chamber to the next; every kind is represented. */
export const INITIATIVES: InitiativeSeed[] = [
  {
    title: 'La carte des commerces ouverts',
    kind: 'geolocated-map',
    lead: '35',
    adoptedBy: MAP_ADOPTERS,
    summary:
      'Une carte en ligne des commerces ouverts, de leurs horaires et de leurs services de livraison, tenue à jour par les commerçants.',
    body: [
      'Née à Rennes la première semaine du confinement, la carte permet à chaque commerçant de se signaler en deux minutes.',
      'Le code et le guide de modération ont été partagés avec le réseau : plus de cinquante chambres ont ouvert leur propre carte.',
    ],
    url: 'https://commerces-ouverts.cci-ille-et-vilaine.test/',
    launchDate: '2020-03-20T08:00:00.000Z',
    territory: 'national',
    state: 'ended',
    topics: ['numerique-vente-en-ligne'],
    audiences: ['individuals', 'business-owners'],
    publishedAt: '2020-03-24T08:00:00.000Z',
  },
  {
    title: 'Achetez local en Gironde',
    kind: 'local-platform',
    lead: '33',
    adoptedBy: ['40', '47', '24'],
    summary: 'Une place de marché en ligne réservée aux commerçants indépendants du département.',
    body: [
      'Les commerçants y créent leur vitrine gratuitement et proposent le retrait en magasin ou la livraison.',
      'Trois chambres voisines ont rejoint la plateforme pour mutualiser les coûts.',
    ],
    url: 'https://achetez-local.cci-gironde.test/',
    launchDate: '2020-11-02T08:00:00.000Z',
    territory: 'nouvelle-aquitaine',
    state: 'active',
    topics: ['numerique-vente-en-ligne'],
    audiences: ['business-owners', 'individuals'],
    publishedAt: '2020-11-04T08:00:00.000Z',
  },
  {
    title: 'Bourse d’entraide entre entreprises',
    kind: 'mutual-aid-exchange',
    lead: '69',
    adoptedBy: ['01', '38', '42', '73', '74'],
    summary:
      'Les entreprises proposent ou cherchent du matériel, des locaux, des salariés disponibles ou des protections sanitaires.',
    body: [
      'Un industriel prête ses chariots élévateurs, un hôtel propose ses salles de réunion, un traiteur cherche des emballages.',
      'La chambre modère les annonces et met les entreprises en relation.',
    ],
    url: 'https://entraide.cci-rhone.test/',
    launchDate: '2020-03-27T08:00:00.000Z',
    territory: 'auvergne-rhone-alpes',
    state: 'active',
    topics: ['accompagnement'],
    audiences: ['business-owners'],
    publishedAt: '2020-03-30T08:00:00.000Z',
  },
  {
    title: 'Les mardis de la relance',
    kind: 'webinar-series',
    lead: '59',
    adoptedBy: ['62', '80', '02', '60'],
    summary:
      'Chaque mardi, une heure pour comprendre une aide ou un dispositif, avec un expert et des questions en direct.',
    body: [
      'Le cycle a démarré avec le PGE et l’activité partielle, puis s’est ouvert au numérique et à l’export.',
      'Les replays sont disponibles et les questions alimentent la FAQ.',
    ],
    url: 'https://webinaires.cci-nord.test/mardis-de-la-relance',
    launchDate: '2020-04-07T08:00:00.000Z',
    territory: 'hauts-de-france',
    state: 'active',
    topics: ['relance', 'aides-mesures'],
    audiences: ['business-owners', 'entrepreneurs'],
    publishedAt: '2020-04-07T08:00:00.000Z',
  },
  {
    title: 'Allô dirigeants : une ligne d’écoute pour les chefs d’entreprise',
    kind: 'hotline',
    lead: '13',
    adoptedBy: ['06', '83', '84'],
    summary: 'Un numéro gratuit pour les dirigeants en difficulté, tenu par des conseillers et des psychologues.',
    body: [
      'La ligne répond sept jours sur sept. Les appels sont anonymes si le dirigeant le souhaite.',
      'Les situations économiques sont transmises, avec l’accord de l’appelant, à la cellule de prévention de la chambre.',
    ],
    url: 'https://allo-dirigeants.cci-bouches-du-rhone.test/',
    launchDate: '2020-04-15T08:00:00.000Z',
    territory: 'provence-alpes-cote-d-azur',
    state: 'active',
    topics: ['prevention-des-difficultes'],
    audiences: ['business-owners'],
    publishedAt: '2020-04-16T08:00:00.000Z',
  },
  {
    title: 'Annuaire des fournisseurs de protections sanitaires',
    kind: 'other',
    lead: '67',
    adoptedBy: ['68', '57', '54'],
    summary: 'Un annuaire des fabricants et distributeurs de masques, gel et écrans, vérifié par la chambre.',
    body: [
      'Au moment du déconfinement, les entreprises cherchaient des fournisseurs fiables.',
      'L’annuaire indiquait les délais, les quantités minimales et les certifications.',
    ],
    url: 'https://protections.cci-bas-rhin.test/',
    launchDate: '2020-04-28T08:00:00.000Z',
    territory: 'grand-est',
    state: 'ended',
    topics: ['relance'],
    audiences: ['business-owners', 'institutions'],
    publishedAt: '2020-04-29T08:00:00.000Z',
  },
  {
    title: 'Réserver son créneau chez les commerçants',
    kind: 'local-platform',
    lead: '974',
    adoptedBy: ['971', '972'],
    summary: 'Un outil de prise de rendez-vous en ligne pour étaler l’affluence dans les commerces à la réouverture.',
    body: [
      'Coiffeurs, opticiens et boutiques de vêtements ont pu recevoir leurs clients sans file d’attente.',
      'Les chambres des Antilles ont repris l’outil pour leurs propres commerçants.',
    ],
    url: 'https://creneaux.cci-la-reunion.test/',
    launchDate: '2020-05-11T08:00:00.000Z',
    territory: 'la-reunion',
    state: 'ended',
    topics: ['numerique-vente-en-ligne'],
    audiences: ['business-owners', 'individuals'],
    publishedAt: '2020-05-11T08:00:00.000Z',
  },
  {
    title: 'Diagnostic énergie express pour les commerces',
    kind: 'other',
    lead: '44',
    adoptedBy: ['49', '85', '72', '53'],
    summary: 'Une visite d’une heure et un rapport de deux pages pour réduire la facture énergétique d’un commerce.',
    body: [
      'Lancé pendant la hausse des prix de l’énergie, le diagnostic cible les gestes rentables en moins d’un an.',
      'Il a été repris par les chambres des Pays de la Loire.',
    ],
    url: 'https://energie.cci-loire-atlantique.test/',
    launchDate: '2022-10-03T08:00:00.000Z',
    territory: 'pays-de-la-loire',
    state: 'active',
    topics: ['transition-ecologique'],
    audiences: ['business-owners'],
    publishedAt: '2022-10-05T08:00:00.000Z',
  },
]

export async function seedInitiatives(seeder: Seeder, deps: { topics: Refs; chambers: ChamberRefs }): Promise<Refs> {
  return createMissing(
    seeder,
    'initiatives',
    'slug',
    INITIATIVES,
    (i) => slugify(i.title),
    ({ lead, adoptedBy, body, topics, ...initiative }) =>
      seeder.payload.create({
        collection: 'initiatives',
        data: {
          ...initiative,
          leadChamber: deps.chambers.territorial(lead),
          adoptedBy: adoptedBy.map(deps.chambers.territorial),
          body: body.map((text) => p(text)),
          topics: refsOf(deps.topics, topics, 'topic'),
          ...PUBLISHED,
        },
        overrideAccess: true,
        depth: 0,
      }),
  )
}
