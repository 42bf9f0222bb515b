import { daysAgo, daysFromNow, type Audience } from './context'

type LegalReference = { label: string; reference?: string; url?: string }

export type GuideSeed = {
  title: string
  paragraphs: string[]
  legalReferences: LegalReference[]
  reviewDueAt: string
  lastReviewedAt: string
  topics: string[]
  audiences: Audience[]
  publishedAt: string
}

// Codes are linked at their Légifrance table of contents, whose addresses do not change with each amendment.
const code = (id: string) => `https://www.legifrance.gouv.fr/codes/texte_lc/${id}/`
const TRAVAIL = code('LEGITEXT000006072050')
const COMMERCE = code('LEGITEXT000005634379')
const CONSOMMATION = code('LEGITEXT000006069565')
const CONSTRUCTION = code('LEGITEXT000006074096')
const SECURITE_SOCIALE = code('LEGITEXT000006073189')

/** The knowledge base; three guides are past their review date, so the overdue list has work in it. */
export const GUIDES: GuideSeed[] = [
  {
    title: 'Prêt garanti par l’État : conditions et remboursement',
    paragraphs: [
      'Le PGE est un prêt bancaire garanti par l’État, plafonné à 25 % du chiffre d’affaires annuel.',
      'Il comporte un différé d’un an, puis un amortissement sur une à cinq années supplémentaires.',
      'Le coût de la garantie dépend de la taille de l’entreprise et de la durée retenue.',
    ],
    legalReferences: [
      { label: 'Loi de finances rectificative pour 2020', reference: 'Loi n° 2020-289 du 23 mars 2020, art. 6' },
    ],
    reviewDueAt: daysAgo(40),
    lastReviewedAt: '2024-06-01T08:00:00.000Z',
    topics: ['pret-garanti-par-l-etat'],
    audiences: ['business-owners'],
    publishedAt: '2020-04-06T08:00:00.000Z',
  },
  {
    title: 'Fonds de solidarité : l’éligibilité période par période',
    paragraphs: [
      'Les conditions du fonds ont changé presque chaque mois entre mars 2020 et septembre 2021.',
      'Ce guide récapitule, pour chaque période, la perte de chiffre d’affaires exigée, l’effectif maximal et le plafond de l’aide.',
      'Il sert aux entreprises qui font l’objet d’un contrôle a posteriori.',
    ],
    legalReferences: [
      {
        label: 'Ordonnance portant création d’un fonds de solidarité',
        reference: 'Ordonnance n° 2020-317 du 25 mars 2020',
      },
      { label: 'Décret relatif au fonds de solidarité', reference: 'Décret n° 2020-371 du 30 mars 2020' },
    ],
    reviewDueAt: daysAgo(120),
    lastReviewedAt: '2023-01-10T08:00:00.000Z',
    topics: ['fonds-de-solidarite'],
    audiences: ['business-owners', 'entrepreneurs'],
    publishedAt: '2020-04-20T08:00:00.000Z',
  },
  {
    title: 'Activité partielle : indemnisation et démarches',
    paragraphs: [
      'L’employeur demande l’autorisation en ligne, puis déclare chaque mois les heures chômées.',
      'Le salarié perçoit une indemnité ; l’employeur reçoit une allocation de l’État et de l’Unédic.',
      'Les taux ont évolué depuis 2020 : vérifiez ceux en vigueur avant toute simulation.',
    ],
    legalReferences: [
      {
        label: 'Code du travail, activité partielle',
        reference: 'art. L. 5122-1 et R. 5122-1 et suivants',
        url: TRAVAIL,
      },
    ],
    reviewDueAt: daysFromNow(60),
    lastReviewedAt: daysAgo(200),
    topics: ['activite-partielle'],
    audiences: ['business-owners', 'institutions'],
    publishedAt: '2020-03-25T08:00:00.000Z',
  },
  {
    title: 'Activité partielle de longue durée : l’accord collectif',
    paragraphs: [
      'L’APLD suppose un accord collectif ou un document unilatéral appliquant un accord de branche.',
      'L’accord précise la réduction d’horaire, les salariés concernés et les engagements en matière d’emploi et de formation.',
    ],
    legalReferences: [
      {
        label: 'Loi relative à diverses dispositions liées à la crise sanitaire',
        reference: 'Loi n° 2020-734 du 17 juin 2020, art. 53',
      },
      {
        label: 'Décret relatif au dispositif spécifique d’activité partielle',
        reference: 'Décret n° 2020-926 du 28 juillet 2020',
      },
    ],
    reviewDueAt: daysFromNow(90),
    lastReviewedAt: daysAgo(150),
    topics: ['activite-partielle'],
    audiences: ['institutions', 'business-owners'],
    publishedAt: '2020-09-16T08:00:00.000Z',
  },
  {
    title: 'Cotisations sociales : reports et plans d’apurement',
    paragraphs: [
      'Une entreprise en difficulté peut demander à l’Urssaf un échéancier de paiement de ses cotisations.',
      'Les dettes nées pendant la crise ont fait l’objet de plans d’apurement spécifiques, jusqu’à trente-six mois.',
    ],
    legalReferences: [
      { label: 'Code de la sécurité sociale, recouvrement des cotisations', url: SECURITE_SOCIALE },
      {
        label: 'Troisième loi de finances rectificative pour 2020',
        reference: 'Loi n° 2020-935 du 30 juillet 2020, art. 65',
      },
    ],
    reviewDueAt: daysFromNow(30),
    lastReviewedAt: daysAgo(300),
    topics: ['reports-de-charges'],
    audiences: ['business-owners'],
    publishedAt: '2020-08-10T08:00:00.000Z',
  },
  {
    title: 'Prévenir les difficultés : mandat ad hoc et conciliation',
    paragraphs: [
      'Ces procédures amiables et confidentielles permettent de négocier avec les créanciers avant la cessation des paiements.',
      'Le président du tribunal désigne un mandataire ou un conciliateur à la demande du dirigeant.',
      'Les chambres orientent les dirigeants vers ces procédures et vers les centres d’information sur la prévention.',
    ],
    legalReferences: [
      { label: 'Code de commerce, mandat ad hoc', reference: 'art. L. 611-3', url: COMMERCE },
      { label: 'Code de commerce, conciliation', reference: 'art. L. 611-4 et suivants', url: COMMERCE },
    ],
    reviewDueAt: daysFromNow(180),
    lastReviewedAt: daysAgo(30),
    topics: ['prevention-des-difficultes'],
    audiences: ['business-owners', 'institutions'],
    publishedAt: '2020-06-20T08:00:00.000Z',
  },
  {
    title: 'Loyers commerciaux pendant les fermetures administratives',
    paragraphs: [
      'Les entreprises fermées ont bénéficié d’une protection contre les pénalités et les mesures d’exécution pour loyers impayés.',
      'Le loyer restait dû : ce guide explique comment négocier un échéancier ou un abandon partiel avec le bailleur.',
    ],
    legalReferences: [
      {
        label: 'Ordonnance relative au paiement des loyers des locaux professionnels',
        reference: 'Ordonnance n° 2020-316 du 25 mars 2020, art. 4',
      },
      {
        label: 'Loi autorisant la prorogation de l’état d’urgence sanitaire',
        reference: 'Loi n° 2020-1379 du 14 novembre 2020, art. 14',
      },
    ],
    reviewDueAt: daysAgo(10),
    lastReviewedAt: '2023-11-20T08:00:00.000Z',
    topics: ['reports-de-charges'],
    audiences: ['business-owners', 'individuals'],
    publishedAt: '2020-11-20T08:00:00.000Z',
  },
  {
    title: 'Vendre en ligne : les obligations du commerçant',
    paragraphs: [
      'Mentions légales, conditions générales de vente, droit de rétractation de quatorze jours : la vente à distance a ses règles.',
      'Le retrait en magasin d’une commande passée en ligne reste une vente à distance.',
    ],
    legalReferences: [
      { label: 'Code de la consommation, droit de rétractation', reference: 'art. L. 221-18', url: CONSOMMATION },
      {
        label: 'Loi pour la confiance dans l’économie numérique',
        reference: 'Loi n° 2004-575 du 21 juin 2004, art. 19',
      },
    ],
    reviewDueAt: daysFromNow(120),
    lastReviewedAt: daysAgo(90),
    topics: ['numerique-vente-en-ligne'],
    audiences: ['business-owners', 'entrepreneurs'],
    publishedAt: '2020-11-06T08:00:00.000Z',
  },
  {
    title: 'France Relance : financer l’investissement des PME',
    paragraphs: [
      'Le plan de relance a été financé par la loi de finances pour 2021, au sein d’une mission budgétaire dédiée.',
      'Ce guide recense les aides encore ouvertes et celles qui ont pris fin.',
    ],
    legalReferences: [
      {
        label: 'Loi de finances pour 2021, mission « Plan de relance »',
        reference: 'Loi n° 2020-1721 du 29 décembre 2020',
      },
    ],
    reviewDueAt: daysFromNow(45),
    lastReviewedAt: daysAgo(100),
    topics: ['plan-de-relance'],
    audiences: ['business-owners', 'institutions'],
    publishedAt: '2021-01-15T08:00:00.000Z',
  },
  {
    title: 'Décret tertiaire : réduire la consommation d’énergie des locaux',
    paragraphs: [
      'Les bâtiments tertiaires de plus de 1 000 m² doivent réduire leur consommation d’énergie de 40 % en 2030, 50 % en 2040 et 60 % en 2050.',
      'Les consommations sont déclarées chaque année sur la plateforme OPERAT.',
    ],
    legalReferences: [
      {
        label: 'Code de la construction et de l’habitation, obligation de réduction',
        reference: 'art. L. 174-1',
        url: CONSTRUCTION,
      },
      {
        label: 'Décret relatif aux obligations d’actions de réduction de la consommation d’énergie finale',
        reference: 'Décret n° 2019-771 du 23 juillet 2019',
      },
    ],
    reviewDueAt: daysFromNow(200),
    lastReviewedAt: daysAgo(20),
    topics: ['transition-ecologique'],
    audiences: ['business-owners', 'institutions'],
    publishedAt: '2022-11-15T08:00:00.000Z',
  },
]
