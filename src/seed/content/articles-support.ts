import type { ArticleSeed } from './articles'
import { h2, p, quote, ul } from './richText'
import { SOURCES } from './sources'

/** Late 2020 and the second lockdown: personalised support and the move online. */
export const SUPPORT_ARTICLES: ArticleSeed[] = [
  {
    title: 'Vendre en ligne en quelques jours : le click and collect pas à pas',
    format: 'guide',
    standfirst:
      'Commandes par téléphone, boutique en ligne, retrait devant le magasin : les solutions pour continuer à vendre pendant le reconfinement.',
    body: [
      p(
        'Le retrait de commandes reste autorisé pour les commerces fermés au public. Encore faut-il pouvoir prendre les commandes et les encaisser à distance.',
      ),
      h2('Trois niveaux de solution'),
      ul(
        'Un numéro de téléphone et une page sur les réseaux sociaux pour les commandes simples.',
        'Une place de marché locale, souvent proposée par la ville ou la chambre.',
        'Une boutique en ligne complète, avec paiement et gestion des stocks.',
      ),
      p(
        'Les conseillers numériques des CCI proposent un diagnostic gratuit pour choisir l’outil adapté et paramétrer la boutique en moins d’une semaine.',
      ),
    ],
    topics: ['numerique-vente-en-ligne'],
    audiences: ['business-owners'],
    image: 'commerce',
    authors: ['journalist'],
    sources: [SOURCES.franceNum, SOURCES.servicePublic],
    faqs: ['click-and-collect'],
    publishedAt: '2020-11-05T07:00:00.000Z',
  },
  {
    title: 'Refus de PGE : la médiation du crédit, un recours méconnu',
    format: 'decryptage',
    standfirst:
      'Gratuite et confidentielle, la médiation du crédit de la Banque de France réexamine les dossiers refusés par les banques.',
    body: [
      p(
        'Une entreprise qui se voit refuser un PGE peut saisir la médiation du crédit en ligne. Le médiateur départemental contacte la banque sous 48 heures.',
      ),
      p(
        'Le recours est ouvert à toutes les entreprises, quelle que soit leur taille, et la procédure reste confidentielle : la banque n’en informe pas les autres créanciers.',
      ),
      h2('Préparer la saisine'),
      p(
        'Il faut joindre le dernier bilan, un plan de trésorerie et la réponse de la banque. Les chambres aident à constituer le dossier et peuvent jouer le rôle de tiers de confiance.',
      ),
    ],
    topics: ['pret-garanti-par-l-etat', 'prevention-des-difficultes'],
    audiences: ['business-owners', 'entrepreneurs'],
    image: 'tresorerie',
    authors: ['journalist'],
    sources: [SOURCES.economie],
    faqs: ['pge-refus'],
    publishedAt: '2020-05-12T08:00:00.000Z',
  },
  {
    title: 'Dirigeants en détresse : « Il faut oser décrocher son téléphone »',
    format: 'interview',
    standfirst:
      'Un psychologue du travail, partenaire d’une cellule d’écoute, explique comment repérer l’épuisement des chefs d’entreprise.',
    body: [
      p(
        '« Le chef d’entreprise est seul face à ses salariés, à sa banque, à sa famille. Pendant le confinement, beaucoup n’ont plus dormi. »',
      ),
      quote('Appeler n’est pas un aveu d’échec : c’est souvent ce qui permet d’éviter la faillite.'),
      p(
        '« Les premiers signes sont connus : irritabilité, troubles du sommeil, repli. Le rôle de la cellule est d’écouter, puis d’orienter vers un conseiller ou un professionnel de santé. »',
      ),
      p(
        '« Les chambres ont un atout : elles connaissent l’entreprise et peuvent traiter le problème économique en même temps que la détresse. »',
      ),
    ],
    topics: ['prevention-des-difficultes'],
    audiences: ['business-owners', 'individuals'],
    image: 'cellule',
    authors: ['journalist'],
    territory: 'auvergne-rhone-alpes',
    sources: [SOURCES.cciFrance],
    faqs: ['contact-cci'],
    publishedAt: '2020-06-02T06:30:00.000Z',
  },
  {
    title: 'Déconfinement : les CCI ouvrent un numéro unique pour la reprise',
    format: 'news',
    standfirst:
      'Protocoles sanitaires, aides encore ouvertes, difficultés de trésorerie : un seul numéro oriente les entreprises vers le bon interlocuteur.',
    body: [
      p(
        'À partir du 11 mai, le numéro unique du réseau redirige chaque appel vers la chambre du département de l’entreprise.',
      ),
      p(
        'Les conseillers répondent sur le protocole sanitaire, l’approvisionnement en masques et gel, et les aides prolongées pour les secteurs encore fermés.',
      ),
      p(
        'Les collectivités peuvent relayer le numéro auprès de leurs entreprises : un kit de communication est à leur disposition.',
      ),
    ],
    topics: ['accompagnement', 'prevention-des-difficultes'],
    audiences: ['business-owners', 'institutions'],
    image: 'cellule',
    authors: ['journalist'],
    sources: [SOURCES.cciFrance],
    faqs: ['contact-cci'],
    publishedAt: '2020-05-07T10:00:00.000Z',
  },
  {
    title: 'Le jour où la boutique est devenue un entrepôt',
    format: 'chronicle',
    standfirst:
      'Pendant le second confinement, une libraire a transformé sa vitrine en comptoir de retrait. Récit d’un commerce réinventé en une semaine.',
    body: [
      p(
        'Le matin du 30 octobre, les tables de nouveautés ont laissé place à des cartons étiquetés au nom des clients.',
      ),
      p(
        'Les commandes arrivaient par téléphone, par courriel, puis par la boutique en ligne montée avec l’aide du conseiller numérique de la chambre.',
      ),
      p(
        'Un mois plus tard, la librairie avait gagné deux cents nouveaux clients. Aucun n’avait poussé la porte du magasin.',
      ),
    ],
    topics: ['numerique-vente-en-ligne'],
    audiences: ['individuals', 'business-owners'],
    image: 'commerce',
    authors: ['editor'],
    territory: 'bretagne',
    sources: [SOURCES.franceNum],
    publishedAt: '2020-12-10T07:00:00.000Z',
  },
  {
    title: 'Activité partielle de longue durée : ce qui change pour les employeurs',
    format: 'decryptage',
    standfirst:
      'L’APLD permet de réduire l’horaire de travail jusqu’à 40 % pendant deux ans, en échange d’engagements sur l’emploi.',
    body: [
      p(
        'L’activité partielle de longue durée s’adresse aux entreprises confrontées à une baisse durable d’activité. Elle repose sur un accord collectif d’établissement, d’entreprise ou de branche.',
      ),
      h2('Des engagements en contrepartie'),
      p(
        'L’accord fixe la réduction d’horaire, les salariés concernés et les engagements de maintien dans l’emploi et de formation. Il est validé ou homologué par l’administration.',
      ),
      p(
        'L’indemnisation du salarié est maintenue à 70 % de la rémunération brute, et l’employeur reçoit une allocation de 60 %.',
      ),
    ],
    topics: ['activite-partielle'],
    audiences: ['institutions', 'business-owners'],
    image: 'emploi',
    authors: ['journalist'],
    sources: [SOURCES.activitePartielle, SOURCES.legifrance],
    faqs: ['ap-formation'],
    publishedAt: '2020-09-15T08:00:00.000Z',
  },
  {
    title: 'Second confinement : le fonds de solidarité porté à 10 000 euros',
    format: 'news',
    standfirst:
      'Les entreprises fermées administrativement peuvent recevoir jusqu’à 10 000 euros par mois, quelle que soit leur taille jusqu’à cinquante salariés.',
    body: [
      p(
        'Pour le mois de novembre, le fonds de solidarité couvre la perte de chiffre d’affaires dans la limite de 10 000 euros pour les commerces fermés.',
      ),
      p(
        'Les entreprises des secteurs du tourisme, de l’événementiel, de la culture et du sport qui restent ouvertes mais perdent au moins la moitié de leur activité sont aussi éligibles.',
      ),
      p('La demande se fait toujours sur impots.gouv.fr, dans l’espace professionnel cette fois.'),
    ],
    topics: ['fonds-de-solidarite'],
    audiences: ['business-owners'],
    image: 'commerce',
    authors: ['journalist'],
    sources: [SOURCES.impots, SOURCES.economie],
    faqs: ['fds-declaration', 'fds-imposable'],
    publishedAt: '2020-11-03T11:00:00.000Z',
  },
  {
    title: 'Préparer son rendez-vous avec la banque : la check-list',
    format: 'guide',
    standfirst:
      'Plan de trésorerie, prévisionnel, situation des aides déjà perçues : les pièces qui font la différence.',
    body: [
      p(
        'Un dossier complet raccourcit les délais et rassure le banquier. Voici ce que nos conseillers recommandent d’apporter.',
      ),
      ul(
        'Les derniers comptes annuels et une situation intermédiaire.',
        'Un plan de trésorerie à treize semaines.',
        'La liste des aides déjà obtenues et des reports en cours.',
        'Un prévisionnel de reprise, même prudent.',
      ),
      p(
        'Pour un créateur d’entreprise sans bilan, le prévisionnel et l’apport personnel sont les deux pièces déterminantes.',
      ),
    ],
    topics: ['pret-garanti-par-l-etat'],
    audiences: ['entrepreneurs', 'business-owners'],
    image: 'tresorerie',
    authors: ['journalist'],
    sources: [SOURCES.bpifrance],
    publishedAt: '2021-01-20T08:00:00.000Z',
  },
]
