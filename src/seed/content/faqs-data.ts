import type { Audience } from './context'

export type FaqSeed = {
  key: string
  question: string
  answer: string[]
  topics: string[]
  audiences: Audience[]
  publishedAt: string
  reviewedAt: string
}

const BOSSES: Audience[] = ['business-owners']

/** The questions the chambers' call centres heard most, in the order the FAQ shows them. */
export const FAQS: FaqSeed[] = [
  {
    key: 'pge-montant',
    question: 'Quel montant puis-je emprunter au titre du PGE ?',
    answer: [
      'Jusqu’à 25 % du chiffre d’affaires hors taxes de 2019, ou deux années de masse salariale pour les entreprises innovantes ou créées depuis 2019.',
    ],
    topics: ['pret-garanti-par-l-etat'],
    audiences: ['business-owners', 'entrepreneurs'],
    publishedAt: '2020-03-27T08:00:00.000Z',
    reviewedAt: '2021-06-01T08:00:00.000Z',
  },
  {
    key: 'pge-refus',
    question: 'Ma banque refuse mon PGE : quels recours ?',
    answer: [
      'Vous pouvez saisir gratuitement la médiation du crédit de la Banque de France.',
      'Votre chambre peut vous aider à préparer le dossier et à reprendre contact avec la banque.',
    ],
    topics: ['pret-garanti-par-l-etat', 'prevention-des-difficultes'],
    audiences: BOSSES,
    publishedAt: '2020-04-02T08:00:00.000Z',
    reviewedAt: '2021-06-01T08:00:00.000Z',
  },
  {
    key: 'pge-remboursement',
    question: 'Le PGE doit-il être remboursé dès la première année ?',
    answer: [
      'Non : aucun remboursement n’est exigé la première année. À son terme, vous choisissez d’amortir le prêt sur une à cinq années supplémentaires.',
    ],
    topics: ['pret-garanti-par-l-etat'],
    audiences: BOSSES,
    publishedAt: '2020-04-02T08:00:00.000Z',
    reviewedAt: '2022-01-15T08:00:00.000Z',
  },
  {
    key: 'fds-declaration',
    question: 'Comment déclarer mes pertes pour le fonds de solidarité ?',
    answer: [
      'La demande se fait en ligne sur impots.gouv.fr. Vous indiquez le chiffre d’affaires du mois concerné et celui de la période de référence.',
    ],
    topics: ['fonds-de-solidarite'],
    audiences: BOSSES,
    publishedAt: '2020-04-01T08:00:00.000Z',
    reviewedAt: '2021-03-10T08:00:00.000Z',
  },
  {
    key: 'fds-micro',
    question: 'Les micro-entrepreneurs ont-ils droit au fonds de solidarité ?',
    answer: [
      'Oui, dès lors qu’ils remplissent les conditions de perte de chiffre d’affaires. L’aide est calculée sur le chiffre d’affaires déclaré.',
    ],
    topics: ['fonds-de-solidarite'],
    audiences: ['entrepreneurs'],
    publishedAt: '2020-04-03T08:00:00.000Z',
    reviewedAt: '2021-03-10T08:00:00.000Z',
  },
  {
    key: 'fds-imposable',
    question: 'L’aide du fonds de solidarité est-elle imposable ?',
    answer: ['Non : elle est exonérée d’impôt sur le revenu, d’impôt sur les sociétés et de cotisations sociales.'],
    topics: ['fonds-de-solidarite'],
    audiences: BOSSES,
    publishedAt: '2020-04-10T08:00:00.000Z',
    reviewedAt: '2021-03-10T08:00:00.000Z',
  },
  {
    key: 'ap-demande',
    question: 'Comment placer mes salariés en activité partielle ?',
    answer: [
      'Déposez une demande d’autorisation préalable sur le portail de l’activité partielle, après avoir consulté le CSE s’il existe.',
    ],
    topics: ['activite-partielle'],
    audiences: BOSSES,
    publishedAt: '2020-03-20T08:00:00.000Z',
    reviewedAt: '2023-02-01T08:00:00.000Z',
  },
  {
    key: 'ap-delai',
    question: 'Quel délai pour déposer ma demande d’activité partielle ?',
    answer: [
      'Pendant la crise sanitaire, l’employeur disposait de trente jours à compter du placement des salariés en activité partielle.',
      'Hors circonstances exceptionnelles, la demande doit être préalable.',
    ],
    topics: ['activite-partielle'],
    audiences: BOSSES,
    publishedAt: '2020-03-26T08:00:00.000Z',
    reviewedAt: '2023-02-01T08:00:00.000Z',
  },
  {
    key: 'ap-formation',
    question: 'Mes salariés en activité partielle peuvent-ils se former ?',
    answer: ['Oui. Le dispositif FNE-Formation finance des formations suivies pendant les heures chômées.'],
    topics: ['activite-partielle'],
    audiences: ['business-owners', 'individuals'],
    publishedAt: '2020-04-20T08:00:00.000Z',
    reviewedAt: '2022-09-01T08:00:00.000Z',
  },
  {
    key: 'urssaf-report',
    question: 'Puis-je reporter le paiement de mes cotisations Urssaf ?',
    answer: [
      'Pendant la crise, les employeurs pouvaient reporter leurs cotisations sans pénalité. Aujourd’hui, un plan d’apurement peut être demandé à l’Urssaf en cas de difficulté.',
    ],
    topics: ['reports-de-charges'],
    audiences: BOSSES,
    publishedAt: '2020-03-14T08:00:00.000Z',
    reviewedAt: '2024-01-20T08:00:00.000Z',
  },
  {
    key: 'impots-report',
    question: 'Les échéances fiscales peuvent-elles être reportées ?',
    answer: [
      'Vous pouvez demander à votre service des impôts des entreprises un plan de règlement ou un délai de paiement, à justifier par vos difficultés.',
    ],
    topics: ['reports-de-charges'],
    audiences: BOSSES,
    publishedAt: '2020-03-16T08:00:00.000Z',
    reviewedAt: '2024-01-20T08:00:00.000Z',
  },
  {
    key: 'loyers',
    question: 'Puis-je suspendre les loyers de mon local commercial ?',
    answer: [
      'Pendant les fermetures administratives, les petites entreprises éligibles au fonds de solidarité étaient protégées contre les pénalités et l’expulsion pour loyers impayés.',
      'Le loyer restait dû : mieux vaut négocier un échéancier avec le bailleur.',
    ],
    topics: ['reports-de-charges'],
    audiences: ['business-owners', 'individuals'],
    publishedAt: '2020-03-30T08:00:00.000Z',
    reviewedAt: '2021-11-05T08:00:00.000Z',
  },
  {
    key: 'click-and-collect',
    question: 'Comment mettre en place le retrait de commandes en magasin ?',
    answer: [
      'Un numéro de téléphone, un moyen de paiement à distance et un créneau de retrait suffisent pour commencer. Les conseillers numériques de votre chambre peuvent vous aider à aller plus loin.',
    ],
    topics: ['numerique-vente-en-ligne'],
    audiences: BOSSES,
    publishedAt: '2020-11-02T08:00:00.000Z',
    reviewedAt: '2022-05-12T08:00:00.000Z',
  },
  {
    key: 'contact-cci',
    question: 'Qui contacter à la chambre en cas de difficultés ?',
    answer: [
      'Chaque chambre dispose d’une cellule d’écoute et de prévention, joignable par téléphone. Les coordonnées figurent dans l’annuaire des contacts locaux.',
    ],
    topics: ['prevention-des-difficultes'],
    audiences: ['business-owners', 'entrepreneurs', 'individuals'],
    publishedAt: '2020-03-17T08:00:00.000Z',
    reviewedAt: '2025-09-01T08:00:00.000Z',
  },
  {
    key: 'cheque-numerique',
    question: 'Qu’est-ce que le chèque numérique ?',
    answer: [
      'Une aide forfaitaire de 500 euros qui remboursait les dépenses de numérisation des petites entreprises fermées pendant le confinement.',
    ],
    topics: ['numerique-vente-en-ligne', 'plan-de-relance'],
    audiences: BOSSES,
    publishedAt: '2021-01-29T08:00:00.000Z',
    reviewedAt: '2022-05-12T08:00:00.000Z',
  },
  {
    key: 'cheque-export',
    question: 'Comment bénéficier du chèque relance export ?',
    answer: [
      'Adressez-vous au conseiller export de votre chambre régionale : il choisit avec vous la prestation et dépose la demande.',
    ],
    topics: ['export'],
    audiences: ['business-owners', 'entrepreneurs'],
    publishedAt: '2021-04-09T08:00:00.000Z',
    reviewedAt: '2022-06-30T08:00:00.000Z',
  },
  {
    key: 'conciliation',
    question: 'Qu’est-ce qu’une procédure de conciliation ?',
    answer: [
      'Une procédure amiable et confidentielle, ouverte par le président du tribunal, où un conciliateur aide l’entreprise à trouver un accord avec ses principaux créanciers.',
    ],
    topics: ['prevention-des-difficultes'],
    audiences: ['business-owners', 'institutions'],
    publishedAt: '2020-06-15T08:00:00.000Z',
    reviewedAt: '2025-02-01T08:00:00.000Z',
  },
  {
    key: 'cumul-aides',
    question: 'Puis-je cumuler plusieurs aides ?',
    answer: [
      'Oui, dans la plupart des cas : le fonds de solidarité, l’activité partielle et le PGE se cumulent. Certaines aides tiennent compte des montants déjà perçus.',
    ],
    topics: ['aides-mesures'],
    audiences: ['business-owners', 'institutions'],
    publishedAt: '2020-04-16T08:00:00.000Z',
    reviewedAt: '2021-09-01T08:00:00.000Z',
  },
  {
    key: 'energie',
    question: 'Comment réduire la facture énergétique de mon commerce ?',
    answer: [
      'Commencez par les gestes sans investissement : réglage du chauffage, extinction des enseignes, entretien des équipements. Un conseiller énergie peut ensuite chiffrer les travaux rentables.',
    ],
    topics: ['transition-ecologique'],
    audiences: BOSSES,
    publishedAt: '2022-10-07T08:00:00.000Z',
    reviewedAt: '2025-10-01T08:00:00.000Z',
  },
  {
    key: 'decarbonation',
    question: 'Où trouver un diagnostic de décarbonation ?',
    answer: [
      'Bpifrance et l’ADEME proposent un diagnostic accompagné pour les PME. Votre chambre peut vous orienter vers le dispositif adapté à votre taille.',
    ],
    topics: ['transition-ecologique'],
    audiences: ['business-owners', 'institutions'],
    publishedAt: '2023-03-15T08:00:00.000Z',
    reviewedAt: '2025-10-01T08:00:00.000Z',
  },
]
