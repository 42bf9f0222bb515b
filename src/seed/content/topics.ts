import { createMissing, ref, type Refs, type Seeder } from './context'

type TopicSeed = { slug: string; title: string; en: string; description: string; children?: TopicSeed[] }

/** The four phases of the newsroom's coverage, each with the subjects readers searched for. */
export const TOPICS: TopicSeed[] = [
  {
    slug: 'aides-mesures',
    title: 'Aides & mesures',
    en: 'Support schemes',
    description: 'Les dispositifs publics ouverts aux entreprises pendant la crise sanitaire.',
    children: [
      {
        slug: 'pret-garanti-par-l-etat',
        title: "Prêt garanti par l'État",
        en: 'State-guaranteed loan (PGE)',
        description: 'Conditions, demande auprès de la banque et remboursement du PGE.',
      },
      {
        slug: 'fonds-de-solidarite',
        title: 'Fonds de solidarité',
        en: 'Solidarity fund',
        description: 'Les volets successifs du fonds et leurs conditions d’éligibilité.',
      },
      {
        slug: 'activite-partielle',
        title: 'Activité partielle',
        en: 'Short-time work',
        description: 'Chômage partiel, activité partielle de longue durée et démarches employeur.',
      },
      {
        slug: 'reports-de-charges',
        title: 'Reports de charges',
        en: 'Deferred charges',
        description: 'Reports de cotisations sociales, d’échéances fiscales et de loyers.',
      },
    ],
  },
  {
    slug: 'accompagnement',
    title: 'Accompagnement',
    en: 'Business support',
    description: 'L’aide personnalisée des chambres aux chefs d’entreprise.',
    children: [
      {
        slug: 'prevention-des-difficultes',
        title: 'Prévention des difficultés',
        en: 'Early warning',
        description: 'Cellules d’écoute, médiation et procédures amiables.',
      },
      {
        slug: 'numerique-vente-en-ligne',
        title: 'Numérique & vente en ligne',
        en: 'Digital & online sales',
        description: 'Click and collect, boutiques en ligne et outils numériques.',
      },
    ],
  },
  {
    slug: 'relance',
    title: 'Relance',
    en: 'Recovery',
    description: 'Repartir après les confinements : financements et nouveaux marchés.',
    children: [
      {
        slug: 'plan-de-relance',
        title: 'Plan de relance',
        en: 'Recovery plan',
        description: 'Les mesures de France Relance accessibles aux TPE et PME.',
      },
      {
        slug: 'export',
        title: 'Export',
        en: 'Export',
        description: 'Chèques relance export et prospection à l’international.',
      },
    ],
  },
  {
    slug: 'economie-durable',
    title: 'Économie durable',
    en: 'Sustainable economy',
    description: 'Transition écologique, sobriété et circuits courts.',
    children: [
      {
        slug: 'transition-ecologique',
        title: 'Transition écologique',
        en: 'Green transition',
        description: 'Décarbonation, énergie et rénovation des locaux.',
      },
    ],
  },
]

const flatten = (topics: TopicSeed[], parent?: string): (TopicSeed & { parent?: string })[] =>
  topics.flatMap((topic) => [{ ...topic, parent }, ...flatten(topic.children ?? [], topic.slug)])

/** Parents come first in the flattened list, so a child always finds its parent's id. */
export async function seedTopics(seeder: Seeder): Promise<Refs> {
  const { payload } = seeder
  return createMissing(
    seeder,
    'topics',
    'slug',
    flatten(TOPICS),
    (t) => t.slug,
    async (topic, refs) => {
      const parent = topic.parent ? ref(refs, topic.parent, 'topic') : undefined
      const data = { title: topic.title, slug: topic.slug, description: topic.description, parent }
      const doc = await payload.create({ collection: 'topics', data, overrideAccess: true, depth: 0 })
      await payload.update({
        collection: 'topics',
        id: doc.id,
        locale: 'en',
        data: { title: topic.en },
        overrideAccess: true,
        depth: 0,
      })
      return doc
    },
  )
}
