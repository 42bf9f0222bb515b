import type { Subject } from '../../payload-types'
import type { Decision, SubjectStatus } from '../../lib/subjectFlow'

export type Member = 'editor' | 'journalist' | 'community' | 'contributor'

/**
 * A subject of the demo newsroom. Weeks are counted from the current one (0) back to three weeks
 * ago (-3); `decided` is the meeting and the decision that put it where it is.
 */
export type SubjectSeed = {
  title: string
  angle: string
  source: NonNullable<Subject['source']>
  sourceDetails?: string
  priority?: NonNullable<Subject['priority']>
  targetType?: NonNullable<Subject['targetType']>
  channels?: NonNullable<Subject['channels']>
  status: SubjectStatus
  proposer: Member
  assignee?: Member
  dueInDays?: number
  meetings: number[]
  decided?: { week: number; decision: Decision; note?: string }
  /** The title of the seeded article that delivers it (or is being written for it). */
  deliverable?: string
  topics?: string[]
  /** Proposed from the trend of this topic: its questions are linked. */
  fromTrend?: string
}

export const MEETING_WEEKS = [-3, -2, -1, 0] as const

export const SUBJECTS: SubjectSeed[] = [
  {
    title: 'Circuits courts : les commerçants qui ont changé de fournisseurs',
    angle: 'Trois commerçants racontent pourquoi et comment.',
    source: 'chamber-initiative',
    targetType: 'articles',
    channels: ['site', 'linkedin'],
    status: 'delivered',
    proposer: 'contributor',
    assignee: 'journalist',
    dueInDays: -50,
    meetings: [-3],
    decided: { week: -3, decision: 'assigned' },
    deliverable: '« Nos clients nous demandaient des circuits courts »',
    topics: ['transition-ecologique'],
  },
  {
    title: 'Défaillances : repérer les signaux faibles',
    angle: 'Les indicateurs que suivent les cellules de prévention.',
    source: 'newsroom-idea',
    targetType: 'articles',
    status: 'delivered',
    proposer: 'editor',
    assignee: 'journalist',
    dueInDays: -14,
    meetings: [-3],
    decided: { week: -3, decision: 'assigned', note: 'Avec les chiffres de la Banque de France' },
    deliverable: 'Défaillances d’entreprises : les signaux à surveiller',
    topics: ['prevention-des-difficultes'],
  },
  {
    title: 'Cinq ans après la crise : le bilan',
    angle: 'Ce qui est resté des aides et des habitudes prises.',
    source: 'newsroom-idea',
    targetType: 'articles',
    channels: ['site', 'linkedin', 'x'],
    status: 'delivered',
    proposer: 'editor',
    assignee: 'editor',
    dueInDays: -20,
    meetings: [-3],
    decided: { week: -3, decision: 'assigned' },
    deliverable: 'Cinq ans après, ce que la crise a changé pour les entreprises',
  },
  {
    title: 'Transmission d’entreprise : les aides',
    angle: 'Cédants et repreneurs : les dispositifs, étape par étape.',
    source: 'government-measure',
    targetType: 'articles',
    status: 'in-progress',
    proposer: 'journalist',
    assignee: 'journalist',
    dueInDays: 5,
    meetings: [-2],
    decided: { week: -2, decision: 'assigned' },
    deliverable: 'Reprise d’entreprise : les aides à la transmission',
    topics: ['relance'],
  },
  {
    title: 'Bilan carbone pour les TPE',
    angle: 'Une méthode simplifiée, en une journée.',
    source: 'business-questions',
    targetType: 'articles',
    status: 'in-progress',
    proposer: 'journalist',
    assignee: 'journalist',
    dueInDays: 2,
    meetings: [-2],
    decided: { week: -2, decision: 'assigned' },
    deliverable: 'Bilan carbone simplifié pour les TPE',
    topics: ['transition-ecologique'],
  },
  {
    title: 'Financer la transition écologique du commerce',
    angle: 'Prêts verts, aides à l’investissement : qui finance quoi.',
    source: 'business-questions',
    targetType: 'articles',
    channels: ['site', 'facebook'],
    status: 'in-progress',
    proposer: 'editor',
    assignee: 'editor',
    dueInDays: 3,
    meetings: [-2],
    decided: { week: -2, decision: 'assigned' },
    deliverable: 'Financer la transition écologique de son commerce',
    topics: ['transition-ecologique'],
  },
  {
    title: 'Rénovation des locaux commerciaux',
    angle: 'Les aides disponibles et les pièges à éviter.',
    source: 'business-questions',
    targetType: 'articles',
    status: 'in-progress',
    proposer: 'community',
    assignee: 'journalist',
    dueInDays: 9,
    meetings: [-1],
    decided: { week: -1, decision: 'assigned' },
    deliverable: 'Rénover ses locaux commerciaux : les aides disponibles',
  },
  {
    title: 'Webinaire énergie : les questions des commerçants',
    angle: 'Reprendre en FAQ les questions posées en direct.',
    source: 'business-questions',
    targetType: 'faqs',
    status: 'assigned',
    proposer: 'community',
    assignee: 'journalist',
    dueInDays: 1,
    meetings: [-1],
    decided: { week: -1, decision: 'assigned', note: 'Pour le lendemain du webinaire' },
    topics: ['transition-ecologique'],
  },
  {
    title: 'Portrait : une boulangerie passée aux fours électriques',
    angle: 'Investissement, économies, retour des clients.',
    source: 'chamber-initiative',
    targetType: 'success-stories',
    channels: ['site', 'facebook', 'linkedin'],
    status: 'assigned',
    proposer: 'contributor',
    assignee: 'journalist',
    dueInDays: 6,
    meetings: [-1],
    decided: { week: -1, decision: 'assigned' },
  },
  {
    title: 'Loyers commerciaux : indexation et négociation',
    angle: 'Ce que dit le bail, ce qui se négocie.',
    source: 'business-questions',
    targetType: 'guides',
    status: 'accepted',
    proposer: 'journalist',
    meetings: [-1],
    decided: { week: -1, decision: 'accepted', note: 'À attribuer la semaine prochaine' },
  },
  {
    title: 'Recrutement : les aides à l’embauche des jeunes',
    angle: 'Apprentissage et contrats aidés en 2026.',
    source: 'government-measure',
    targetType: 'articles',
    status: 'accepted',
    proposer: 'editor',
    meetings: [-2],
    decided: { week: -2, decision: 'accepted' },
  },
  {
    title: 'Cybersécurité des TPE',
    angle: 'Les attaques les plus courantes et les premiers réflexes.',
    source: 'press-request',
    targetType: 'guides',
    status: 'postponed',
    proposer: 'journalist',
    meetings: [-1, 0],
    decided: { week: -1, decision: 'postponed', note: 'Attendre le rapport de l’ANSSI' },
  },
  {
    title: 'Les marchés publics ouverts aux PME',
    angle: 'Comment candidater sans service juridique.',
    source: 'newsroom-idea',
    targetType: 'articles',
    status: 'postponed',
    proposer: 'editor',
    meetings: [-2, 0],
    decided: { week: -2, decision: 'postponed' },
  },
  {
    title: 'Classement des meilleures CCI',
    angle: 'Proposé par une agence de communication.',
    source: 'press-request',
    status: 'rejected',
    proposer: 'community',
    meetings: [-3],
    decided: { week: -3, decision: 'rejected', note: 'Hors ligne éditoriale' },
  },
  {
    title: 'Les cryptomonnaies pour les commerçants',
    angle: 'Accepter les paiements en cryptomonnaie.',
    source: 'newsroom-idea',
    status: 'rejected',
    proposer: 'journalist',
    meetings: [-2],
    decided: { week: -2, decision: 'rejected', note: 'Trop marginal pour notre public' },
  },
  {
    title: 'Questions des entreprises : la facture d’énergie',
    angle: 'Répondre aux questions qui montent sur les prix de l’énergie.',
    source: 'business-questions',
    sourceDetails:
      'Les questions sur la transition écologique et l’énergie ont été multipliées par sept en cinq semaines.',
    priority: 'high',
    targetType: 'guides',
    status: 'proposed',
    proposer: 'editor',
    meetings: [0],
    topics: ['transition-ecologique'],
    fromTrend: 'transition-ecologique',
  },
  {
    title: 'Initiative : une monnaie locale à Nantes',
    angle: 'Une chambre accompagne les commerçants qui l’acceptent.',
    source: 'chamber-initiative',
    targetType: 'initiatives',
    status: 'proposed',
    proposer: 'contributor',
    meetings: [0],
  },
  {
    title: 'Sollicitation presse : les faillites du trimestre',
    angle: 'Un quotidien régional demande nos chiffres.',
    source: 'press-request',
    priority: 'urgent',
    status: 'proposed',
    proposer: 'community',
    meetings: [0],
  },
]

/** Decisions recorded at this week's meeting, applied when an editor closes it. */
export const OPEN_MEETING_DECISIONS: {
  subject: string
  decision: Decision
  assignee?: Member
  dueInDays?: number
  note?: string
}[] = [
  {
    subject: 'Cybersécurité des TPE',
    decision: 'assigned',
    assignee: 'journalist',
    dueInDays: 10,
    note: 'Le rapport est sorti',
  },
]
