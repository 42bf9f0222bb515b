import type { Dossier } from '../../payload-types'
import type { DOSSIER_ITEM_TYPES } from '../../collections/Dossiers'
import { slugify } from '../../lib/text'
import { createMissing, PUBLISHED, ref, refsOf, type Audience, type Refs, type Seeder } from './context'

type ItemType = (typeof DOSSIER_ITEM_TYPES)[number]
type DossierItem = NonNullable<Dossier['items']>[number]
/** A title (a question key for FAQs) in one of the collections a dossier can hold. */
type ItemSeed = [ItemType, string]

type DossierSeed = {
  title: string
  phase: Dossier['phase']
  description: string
  items: ItemSeed[]
  topics: string[]
  audiences: Audience[]
  publishedAt: string
}

export const DOSSIERS: DossierSeed[] = [
  {
    title: 'Crise sanitaire : les aides d’urgence',
    phase: 'crisis-aid',
    description:
      'PGE, fonds de solidarité, activité partielle, reports de charges : tout ce qu’il fallait savoir au printemps 2020.',
    items: [
      ['articles', 'PGE : ce que les entreprises doivent savoir avant de solliciter leur banque'],
      ['articles', 'Fonds de solidarité : le premier volet ouvert sur impots.gouv.fr'],
      ['guides', 'Activité partielle : indemnisation et démarches'],
      ['faqs', 'pge-montant'],
      ['events', 'PGE et fonds de solidarité : vos questions en direct'],
      ['articles', 'Reports de charges : l’Urssaf décale les échéances de mars'],
      ['faqs', 'cumul-aides'],
    ],
    topics: ['aides-mesures'],
    audiences: ['business-owners', 'entrepreneurs'],
    publishedAt: '2020-03-28T08:00:00.000Z',
  },
  {
    title: 'Être accompagné pendant la crise',
    phase: 'personalised-support',
    description: 'Cellules de crise, lignes d’écoute, conseillers numériques : l’aide personnalisée des chambres.',
    items: [
      ['articles', '« Nous avons reçu 4 000 appels en une semaine » : dans la cellule de crise d’une CCI'],
      ['initiatives', 'Allô dirigeants : une ligne d’écoute pour les chefs d’entreprise'],
      ['initiatives', 'La carte des commerces ouverts'],
      ['success-stories', 'Garonne Express'],
      ['guides', 'Prévenir les difficultés : mandat ad hoc et conciliation'],
      ['faqs', 'contact-cci'],
    ],
    topics: ['accompagnement'],
    audiences: ['business-owners', 'individuals'],
    publishedAt: '2020-05-04T08:00:00.000Z',
  },
  {
    title: 'Relancer son activité',
    phase: 'recovery',
    description: 'France Relance, export, numérique : les leviers pour repartir après les confinements.',
    items: [
      ['articles', 'France Relance : les dispositifs ouverts aux TPE et PME'],
      ['articles', 'Chèque relance export : qui peut en bénéficier ?'],
      ['success-stories', 'Menuiserie du Bocage'],
      ['events', 'Lancer sa boutique en ligne en une semaine'],
      ['guides', 'France Relance : financer l’investissement des PME'],
      ['articles', 'Rembourser son PGE : amortissement, différé et restructuration'],
    ],
    topics: ['relance'],
    audiences: ['business-owners', 'institutions'],
    publishedAt: '2020-09-07T08:00:00.000Z',
  },
  {
    title: 'Vers une économie durable',
    phase: 'sustainable-economy',
    description: 'Sobriété énergétique, décarbonation et circuits courts : la transition au quotidien des entreprises.',
    items: [
      ['articles', 'Décarboner son entreprise : par où commencer ?'],
      ['guides', 'Décret tertiaire : réduire la consommation d’énergie des locaux'],
      ['initiatives', 'Diagnostic énergie express pour les commerces'],
      ['events', 'Webinaire : financer la transition écologique de son commerce'],
      ['articles', '« Nos clients nous demandaient des circuits courts »'],
      ['faqs', 'energie'],
    ],
    topics: ['economie-durable'],
    audiences: ['business-owners', 'institutions'],
    publishedAt: '2022-10-10T08:00:00.000Z',
  },
]

export async function seedDossiers(
  seeder: Seeder,
  deps: { topics: Refs; content: Record<ItemType, Refs> },
): Promise<Refs> {
  const item = ([relationTo, key]: ItemSeed): DossierItem =>
    ({
      relationTo,
      value: ref(deps.content[relationTo], relationTo === 'faqs' ? key : slugify(key), relationTo),
    }) as DossierItem
  return createMissing(
    seeder,
    'dossiers',
    'slug',
    DOSSIERS,
    (d) => slugify(d.title),
    ({ items, topics, ...dossier }) =>
      seeder.payload.create({
        collection: 'dossiers',
        data: { ...dossier, items: items.map(item), topics: refsOf(deps.topics, topics, 'topic'), ...PUBLISHED },
        overrideAccess: true,
        depth: 0,
      }),
  )
}
