import type { Question } from '../../payload-types'

type Persona = {
  sector: Question['sector']
  territory: Question['territory']
  audience: Question['audience']
  opener: string
}

/** Who calls the crisis lines: the same people ask about many things. */
const PERSONAS: Persona[] = [
  {
    sector: 'hospitality',
    territory: 'occitanie',
    audience: 'business-owners',
    opener: 'Je tiens un restaurant à Toulouse.',
  },
  {
    sector: 'commerce',
    territory: 'bretagne',
    audience: 'business-owners',
    opener: 'Je suis gérante d’une boutique de prêt-à-porter à Rennes.',
  },
  {
    sector: 'industry',
    territory: 'grand-est',
    audience: 'business-owners',
    opener: 'Nous sommes une PME de mécanique de précision de 40 salariés près de Metz.',
  },
  {
    sector: 'construction',
    territory: 'auvergne-rhone-alpes',
    audience: 'business-owners',
    opener: 'Artisan du bâtiment à Grenoble, j’emploie six compagnons.',
  },
  {
    sector: 'services',
    territory: 'ile-de-france',
    audience: 'business-owners',
    opener: 'Je dirige une agence de communication à Paris.',
  },
  {
    sector: 'transport',
    territory: 'hauts-de-france',
    audience: 'business-owners',
    opener: 'Transporteur routier à Lille, j’ai douze camions.',
  },
  {
    sector: 'tourism',
    territory: 'provence-alpes-cote-d-azur',
    audience: 'business-owners',
    opener: 'Nous exploitons un camping dans le Var.',
  },
  {
    sector: 'commerce',
    territory: 'nouvelle-aquitaine',
    audience: 'entrepreneurs',
    opener: 'Je vais ouvrir une épicerie fine à Bordeaux.',
  },
  { sector: 'hospitality', territory: 'normandie', audience: 'business-owners', opener: 'Je suis boulanger à Caen.' },
  {
    sector: 'services',
    territory: 'pays-de-la-loire',
    audience: 'entrepreneurs',
    opener: 'Je crée mon cabinet de conseil à Nantes.',
  },
  {
    sector: 'industry',
    territory: 'bourgogne-franche-comte',
    audience: 'business-owners',
    opener: 'Notre fromagerie du Doubs consomme beaucoup de froid.',
  },
  {
    sector: 'commerce',
    territory: 'centre-val-de-loire',
    audience: 'business-owners',
    opener: 'Je tiens une quincaillerie à Tours.',
  },
  {
    sector: 'other',
    territory: 'la-reunion',
    audience: 'individuals',
    opener: 'Je suis salarié d’une petite entreprise à Saint-Denis.',
  },
  { sector: 'tourism', territory: 'corse', audience: 'business-owners', opener: 'Je loue des bateaux à Ajaccio.' },
]

const TEMPLATES: Record<string, string[]> = {
  'transition-ecologique': [
    'Mon contrat d’électricité arrive à échéance et le nouveau tarif triple : existe-t-il une aide ?',
    'Puis-je bénéficier de l’amortisseur électricité, et comment le demander ?',
    'Quels travaux d’isolation de mes locaux sont financés, et par qui ?',
    'Comment réduire vite ma consommation d’énergie sans arrêter l’activité ?',
    'Un prêt vert de Bpifrance est-il accessible à une entreprise de ma taille ?',
    'Faut-il renégocier maintenant mon contrat de gaz ou attendre ?',
  ],
  'pret-garanti-par-l-etat': [
    'Je n’arrive pas à rembourser mon PGE : puis-je demander un nouvel étalement ?',
    'Ma banque refuse d’allonger mon PGE, quels recours ai-je ?',
    'Le PGE peut-il être converti en prêt à plus long terme ?',
    'Que se passe-t-il si je dépose le bilan avec un PGE en cours ?',
    'Puis-je rembourser mon PGE par anticipation sans frais ?',
    'La médiation du crédit peut-elle m’aider pour mon PGE ?',
  ],
  'activite-partielle': [
    'Puis-je encore placer mes salariés en activité partielle cette année ?',
    'Quel est le reste à charge de l’employeur en activité partielle de longue durée ?',
    'Comment déclarer les heures chômées sur le portail de l’ASP ?',
    'Un salarié en arrêt maladie peut-il être placé en activité partielle ?',
    'Faut-il un accord collectif pour l’activité partielle de longue durée ?',
    'L’activité partielle est-elle possible pour un apprenti ?',
  ],
  export: [
    'Le chèque relance export existe-t-il encore ?',
    'Comment trouver un distributeur en Allemagne ?',
    'Quelles assurances prospection sont ouvertes aux TPE ?',
    'Comment exposer sur un salon à l’étranger avec le soutien de la région ?',
    'Quelles formalités douanières pour expédier au Royaume-Uni ?',
    'Team France Export peut-elle m’accompagner sur un premier marché ?',
  ],
  'numerique-vente-en-ligne': [
    'Comment ouvrir une boutique en ligne sans compétences techniques ?',
    'Le chèque numérique peut-il financer mon site marchand ?',
    'Quelles obligations pour vendre en ligne (CGV, RGPD) ?',
    'Les places de marché valent-elles la peine pour un petit commerce ?',
    'Comment mettre en place le retrait en magasin des commandes en ligne ?',
    'Quelle solution de paiement en ligne choisir ?',
  ],
  untagged: [
    'Mon assureur résilie mon contrat après une inondation, que faire ?',
    'Comment obtenir un délai de paiement auprès des impôts ?',
    'Les CCI proposent-elles des formations au management ?',
    'Puis-je embaucher un stagiaire pendant l’été ?',
    'Quels sont les horaires de la permanence juridique ?',
    'Comment transmettre mon commerce à un salarié ?',
  ],
}

/**
 * Questions per topic, five complete weeks ago to last week, then this week so far: energy rises
 * steeply, the state-guaranteed loan fades, the rest holds steady. The newest are not tagged yet.
 */
const WEEKLY: Record<string, number[]> = {
  'transition-ecologique': [4, 7, 12, 19, 30, 6],
  'pret-garanti-par-l-etat': [20, 16, 12, 9, 6, 2],
  'activite-partielle': [5, 5, 6, 5, 5, 1],
  export: [2, 3, 2, 3, 4, 1],
  'numerique-vente-en-ligne': [2, 2, 1, 2, 2, 0],
  untagged: [0, 0, 0, 0, 0, 6],
}

export type QuestionSeed = Pick<Question, 'sector' | 'territory' | 'audience' | 'text'> & {
  topic: string | null
  weeksAgo: number
  slot: number
}

export const QUESTIONS: QuestionSeed[] = Object.entries(WEEKLY).flatMap(([topic, counts]) => {
  let index = 0
  return counts.flatMap((count, week) =>
    Array.from({ length: count }, (_, slot) => {
      // Each index gives a different (person, question) pair: 14 × 6 covers the busiest topic.
      const persona = PERSONAS[index % PERSONAS.length]
      const template = TEMPLATES[topic][Math.floor(index / PERSONAS.length) % TEMPLATES[topic].length]
      index += 1
      return {
        text: `${persona.opener} ${template}`,
        sector: persona.sector,
        territory: persona.territory,
        audience: persona.audience,
        topic: topic === 'untagged' ? null : topic,
        weeksAgo: counts.length - 1 - week,
        slot,
      }
    }),
  )
})
