import type { ArticleSeed } from './articles'
import { h2, p, ul } from './richText'
import { SOURCES } from './sources'

/** 2020–2022: France Relance, export and the end of the emergency aid. */
export const RECOVERY_ARTICLES: ArticleSeed[] = [
  {
    title: 'France Relance : les dispositifs ouverts aux TPE et PME',
    format: 'decryptage',
    standfirst:
      'Sur les 100 milliards d’euros du plan de relance, une part importante est accessible aux petites entreprises. Tour d’horizon.',
    body: [
      p(
        'Présenté le 3 septembre 2020, le plan France Relance s’articule autour de trois priorités : l’écologie, la compétitivité et la cohésion.',
      ),
      h2('Ce qui concerne directement les petites entreprises'),
      ul(
        'La baisse des impôts de production, dès le 1er janvier 2021.',
        'Les aides à l’embauche des jeunes et des apprentis.',
        'Le chèque numérique et l’accompagnement à la numérisation.',
        'Les aides à la transition écologique et à l’export.',
      ),
      p(
        'Les chambres tiennent à jour un guichet qui oriente chaque entreprise vers les mesures auxquelles elle peut prétendre.',
      ),
    ],
    topics: ['plan-de-relance', 'relance'],
    audiences: ['institutions', 'business-owners'],
    image: 'relance',
    authors: ['journalist', 'editor'],
    sources: [SOURCES.relance],
    faqs: ['cumul-aides'],
    publishedAt: '2020-09-04T07:30:00.000Z',
  },
  {
    title: 'Chèque numérique : 500 euros pour équiper les petits commerces',
    format: 'news',
    standfirst:
      'Les entreprises de moins de onze salariés fermées pendant le confinement peuvent se faire rembourser leurs dépenses de numérisation.',
    body: [
      p(
        'Site de vente en ligne, logiciel de caisse, outil de prise de rendez-vous : les dépenses engagées depuis le 30 octobre 2020 sont éligibles.',
      ),
      p(
        'La demande se fait en ligne, avec les factures acquittées. L’aide est forfaitaire : 500 euros dès lors que les dépenses atteignent ce montant.',
      ),
      p('Les conseillers numériques des CCI aident à choisir les outils et à constituer la demande.'),
    ],
    topics: ['numerique-vente-en-ligne', 'plan-de-relance'],
    audiences: ['business-owners'],
    image: 'webinaire',
    authors: ['journalist'],
    sources: [SOURCES.franceNum, SOURCES.relance],
    faqs: ['cheque-numerique'],
    publishedAt: '2021-01-28T09:00:00.000Z',
  },
  {
    title: 'Export : « Les salons virtuels ont sauvé notre saison »',
    format: 'interview',
    standfirst:
      'Un fabricant savoyard de matériel de montagne raconte comment il a trouvé de nouveaux distributeurs sans quitter l’atelier.',
    body: [
      p(
        '« Nos trois salons de l’année ont été annulés. Sans eux, pas de nouveaux distributeurs, et la saison d’hiver était perdue. »',
      ),
      p(
        '« La chambre nous a inscrits à des rendez-vous d’affaires en visioconférence avec des acheteurs allemands et scandinaves. Le chèque relance export a pris en charge la moitié du coût. »',
      ),
      h2('Ce qu’il en reste'),
      p(
        '« Nous avons signé avec deux distributeurs. Et nous continuons les rendez-vous en ligne : c’est moins cher et plus rapide qu’un salon. »',
      ),
    ],
    topics: ['export'],
    audiences: ['business-owners'],
    image: 'export',
    authors: ['journalist'],
    territory: 'auvergne-rhone-alpes',
    sources: [SOURCES.teamFranceExport],
    publishedAt: '2021-03-16T07:00:00.000Z',
  },
  {
    title: 'Rembourser son PGE : amortissement, différé et restructuration',
    format: 'guide',
    standfirst:
      'À l’issue de la première année, il faut choisir la durée d’amortissement. Les options, et ce qu’il faut faire en cas de difficulté.',
    body: [
      p(
        'Deux à trois mois avant la date anniversaire du prêt, la banque contacte l’entreprise pour fixer les modalités d’amortissement, sur un à cinq ans.',
      ),
      h2('Un différé supplémentaire'),
      p(
        'Les entreprises peuvent demander un différé d’amortissement d’une année supplémentaire. Le coût du prêt dépend de la durée retenue et du coût de la garantie.',
      ),
      h2('En cas de difficulté'),
      p(
        'Si les échéances ne peuvent être tenues, la médiation du crédit et le conseiller départemental de sortie de crise peuvent aider à restructurer la dette. Mieux vaut agir avant le premier impayé.',
      ),
    ],
    topics: ['pret-garanti-par-l-etat', 'prevention-des-difficultes'],
    audiences: ['business-owners'],
    image: 'tresorerie',
    authors: ['journalist'],
    sources: [SOURCES.economie, SOURCES.bpifrance],
    faqs: ['pge-remboursement', 'conciliation'],
    publishedAt: '2022-02-10T08:00:00.000Z',
  },
  {
    title: 'Ce que la crise a appris aux centres-villes',
    format: 'chronicle',
    standfirst:
      'Les commerces de proximité ont tenu grâce à leurs clients fidèles, aux outils numériques et à la mobilisation des collectivités.',
    body: [
      p(
        'Le commerce de centre-ville que l’on disait condamné a montré une capacité d’adaptation étonnante : retrait en magasin, livraison à vélo, vente par messagerie.',
      ),
      p(
        'Les villes qui s’en sont le mieux sorties sont celles où la chambre, la mairie et les associations de commerçants travaillaient déjà ensemble.',
      ),
      p(
        'Reste à transformer l’essai : la fréquentation est revenue, mais les habitudes d’achat ont changé pour de bon.',
      ),
    ],
    topics: ['plan-de-relance'],
    audiences: ['institutions', 'individuals'],
    image: 'carte',
    authors: ['editor'],
    sources: [SOURCES.cciFrance],
    publishedAt: '2021-06-22T06:00:00.000Z',
  },
  {
    title: 'Chèque relance export : qui peut en bénéficier ?',
    format: 'decryptage',
    standfirst:
      'L’aide prend en charge la moitié du coût des prestations d’accompagnement à l’international pour les PME et ETI.',
    body: [
      p(
        'Le chèque relance export finance 50 % des prestations de prospection proposées par Team France Export : salons, rendez-vous d’affaires, tests sur l’offre.',
      ),
      p(
        'Il est ouvert aux PME et ETI françaises, y compris celles qui n’ont encore jamais exporté. Un même bénéficiaire peut en mobiliser plusieurs.',
      ),
      p('Les conseillers export des chambres régionales montent la demande avec l’entreprise.'),
    ],
    topics: ['export', 'plan-de-relance'],
    audiences: ['entrepreneurs', 'business-owners'],
    image: 'export',
    authors: ['journalist'],
    sources: [SOURCES.teamFranceExport, SOURCES.relance],
    faqs: ['cheque-export'],
    publishedAt: '2021-04-08T08:00:00.000Z',
  },
  {
    title: 'Fin du « quoi qu’il en coûte » : les aides deviennent ciblées',
    format: 'news',
    standfirst:
      'Le fonds de solidarité s’arrête fin septembre. Les entreprises encore fragiles peuvent se tourner vers l’aide aux coûts fixes.',
    body: [
      p(
        'Le gouvernement a confirmé la fin du fonds de solidarité généralisé au 30 septembre 2021, la reprise de l’activité étant jugée suffisante dans la plupart des secteurs.',
      ),
      p(
        'Les entreprises dont les charges fixes ne sont plus couvertes par leur chiffre d’affaires peuvent demander une aide aux coûts fixes.',
      ),
      p(
        'Les chambres appellent les dirigeants à anticiper : reports de charges à régler, PGE à amortir, plans d’apurement à négocier.',
      ),
    ],
    topics: ['fonds-de-solidarite', 'reports-de-charges'],
    audiences: ['business-owners', 'institutions'],
    image: 'relance',
    authors: ['journalist'],
    sources: [SOURCES.economie, SOURCES.urssaf],
    publishedAt: '2021-08-31T10:00:00.000Z',
  },
  {
    title: 'Prêts participatifs Relance : un financement entre dette et fonds propres',
    format: 'guide',
    standfirst:
      'Une durée de huit ans, quatre ans de différé et un remboursement subordonné : de quoi renforcer le bilan pour investir.',
    body: [
      p(
        'Les prêts participatifs Relance, distribués par les banques et garantis par l’État, sont destinés aux PME et ETI qui veulent investir après la crise.',
      ),
      p(
        'Remboursés après les autres créanciers, ils sont assimilés à des quasi-fonds propres et améliorent la capacité d’emprunt de l’entreprise.',
      ),
      p(
        'Ce guide est proposé avec le soutien de la Fondation Commerce & Territoires. La rédaction en a conservé la maîtrise éditoriale.',
      ),
    ],
    topics: ['plan-de-relance'],
    audiences: ['business-owners'],
    image: 'relance',
    authors: ['journalist'],
    sources: [SOURCES.relance],
    sponsored: true,
    publishedAt: '2021-05-18T07:00:00.000Z',
  },
]
