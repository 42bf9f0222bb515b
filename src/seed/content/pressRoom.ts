import { slugify } from '../../lib/text'
import type { Authors } from './articles'
import { daysAgo, daysFromNow, ref, type Refs, type Seeder } from './context'
import { p } from './richText'

/*
 * The press room of the demo: a small consented press list (one contact opted out), a release
 * already published without a send, one in review under embargo and addressed to the list (an
 * editor's publication sends it), journalists' requests (one overdue), and recent coverage.
 * Skipped when the list exists.
 */
const LIST = 'Presse économique régionale'

const CONTACTS = [
  {
    name: 'Léa Morel',
    email: 'lea.morel@quotidien-ouest.test',
    outlet: 'Quotidien de l’Ouest',
    medium: 'print',
    beat: 'Entreprises',
    legalBasis: 'consent',
    consentAt: daysAgo(200),
    source: 'Salon des entrepreneurs',
  },
  {
    name: 'Marc Dupin',
    email: 'marc.dupin@radio-centre.test',
    outlet: 'Radio Centre',
    medium: 'radio',
    beat: 'Économie',
    legalBasis: 'legitimate-interest',
    legitimateInterestNote: 'Couvre les chambres de commerce depuis 2019',
    source: 'Demande du journaliste',
  },
  {
    name: 'Nina Vidal',
    email: 'nina.vidal@tele-sud.test',
    outlet: 'Télé Sud',
    medium: 'tv',
    legalBasis: 'consent',
    consentAt: daysAgo(90),
    source: 'Formulaire presse',
  },
  {
    name: 'Omar Sall',
    email: 'omar.sall@agence-eco.test',
    outlet: 'Agence Éco',
    medium: 'agency',
    legalBasis: 'consent',
    consentAt: daysAgo(400),
    source: 'Carte de visite',
    optOutAt: daysAgo(30),
    optOutVia: 'unsubscribe link',
  },
] as const

// The published release's related articles, by title.
const RELATED_ARTICLES = [
  'Refus de PGE : la médiation du crédit, un recours méconnu',
  'Chèque numérique : 500 euros pour équiper les petits commerces',
]

type Deps = { authors: Authors; images: Refs; articles: Refs }

export async function seedPressRoom(seeder: Seeder, { authors, images, articles }: Deps): Promise<void> {
  const { payload, log } = seeder
  const { totalDocs } = await payload.count({
    collection: 'press-lists',
    where: { name: { equals: LIST } },
    overrideAccess: true,
  })
  if (totalDocs) return log('  = press room (exists)')
  const list = await payload.create({
    collection: 'press-lists',
    data: { name: LIST, description: 'Journalistes économiques des quotidiens, radios et télévisions régionales.' },
    overrideAccess: true,
  })
  for (const contact of CONTACTS)
    await payload.create({ collection: 'media-contacts', data: { ...contact, lists: [list.id] }, overrideAccess: true })

  const published = await payload.create({
    collection: 'press-releases',
    data: {
      title: 'Communiqué : 2 400 entreprises accompagnées au premier trimestre',
      summary: 'Les conseillers du réseau ont reçu 2 400 dirigeants en trois mois.',
      body: [
        p(
          'Entre janvier et mars, les conseillers des chambres de commerce et d’industrie ont reçu 2\u202f400 ',
          'dirigeants de petites entreprises : trésorerie, prêts garantis, reports de charges et vente en ligne.',
        ),
        p(
          'Six demandes sur dix portaient sur la trésorerie. Le réseau prolonge sa cellule d’écoute jusqu’à ',
          'la fin de l’année et ouvre des permanences dans les dix-huit chambres mobilisées.',
        ),
      ],
      keyFigures: [
        { value: '2\u202f400', label: 'entreprises accompagnées' },
        { value: '18', label: 'chambres mobilisées' },
        { value: '6 sur 10', label: 'demandes sur la trésorerie' },
      ],
      attachments: [ref(images, 'cellule', 'image')],
      contacts: [authors.editor],
      relatedPieces: RELATED_ARTICLES.map((title) => ({
        relationTo: 'articles' as const,
        value: ref(articles, slugify(title), 'article'),
      })),
      _status: 'published',
      workflowStatus: 'approved',
    },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'press-releases',
    data: {
      title: 'Un fonds de 50 millions d’euros pour les commerces de proximité',
      summary: 'Le réseau ouvre un fonds d’avances remboursables aux commerces de moins de dix salariés.',
      keyFigures: [
        { value: '50 M€', label: 'de fonds' },
        { value: '12 000', label: 'commerces éligibles' },
      ],
      contacts: [authors.editor],
      embargoUntil: daysFromNow(3, 8),
      pressLists: [list.id],
      workflowStatus: 'in-review',
    },
    draft: true,
    overrideAccess: true,
  })

  const {
    docs: [pressSubject],
  } = await payload.find({
    collection: 'subjects',
    where: { title: { equals: 'Sollicitation presse : les faillites du trimestre' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const requests = [
    {
      subject: 'Les faillites du trimestre : vos chiffres par département ?',
      outlet: 'Quotidien de l’Ouest',
      journalistName: 'Léa Morel',
      contactEmail: 'lea.morel@quotidien-ouest.test',
      deadline: daysAgo(1, 16),
      spokespersonWanted: 'Le président',
      territory: 'national',
      status: 'assigned',
      assignee: authors.journalist,
      receivedVia: 'form',
      planningSubject: pressSubject?.id,
    },
    {
      subject: 'Interview sur le fonds pour les commerces',
      outlet: 'Radio Centre',
      journalistName: 'Marc Dupin',
      contactEmail: 'marc.dupin@radio-centre.test',
      deadline: daysFromNow(2, 10),
      territory: 'national',
      status: 'new',
      receivedVia: 'manual',
    },
    {
      subject: 'Réaction aux nouvelles aides régionales',
      outlet: 'Télé Sud',
      journalistName: 'Nina Vidal',
      contactEmail: 'nina.vidal@tele-sud.test',
      deadline: daysAgo(5),
      territory: 'national',
      status: 'answered',
      assignee: authors.editor,
      answerNote: 'Entretien filmé avec le président le lendemain.',
      receivedVia: 'form',
    },
  ] as const
  for (const request of requests)
    await payload.create({ collection: 'media-requests', data: request as never, overrideAccess: true })

  const coverage = [
    {
      title: '2 400 entreprises aidées en trois mois',
      outlet: 'Quotidien de l’Ouest',
      medium: 'print',
      date: daysAgo(3),
      audience: 180000,
      tone: 'positive',
      release: published.id,
    },
    {
      title: 'Le réseau des chambres au micro',
      outlet: 'Radio Centre',
      medium: 'radio',
      date: daysAgo(4),
      audience: 250000,
      tone: 'neutral',
      release: published.id,
    },
    {
      title: 'Les aides aux entreprises en question',
      outlet: 'Télé Sud',
      medium: 'tv',
      date: daysAgo(10),
      audience: 400000,
      tone: 'negative',
    },
    {
      title: 'Dépêche : bilan trimestriel',
      outlet: 'Agence Éco',
      medium: 'agency',
      date: daysAgo(11),
      tone: 'neutral',
      release: published.id,
    },
    {
      title: 'Ce que proposent les conseillers',
      outlet: 'Éco Web',
      medium: 'web',
      date: daysAgo(17),
      audience: 30000,
      tone: 'positive',
    },
  ] as const
  for (const item of coverage)
    await payload.create({ collection: 'coverage', data: item as never, overrideAccess: true })
  log(
    `  + press room: 1 list, ${CONTACTS.length} contacts, 2 releases, ${requests.length} requests, ${coverage.length} coverage items`,
  )
}
