import { daysAgo } from './context'
import type { ArticleSeed } from './articles'
import { h2, p, ul } from './richText'
import { SOURCES } from './sources'

/** 2022 to now: energy, decarbonisation, and looking back on the crisis. */
export const SUSTAINABLE_ARTICLES: ArticleSeed[] = [
  {
    title: 'Sobriété énergétique : les gestes qui allègent la facture des commerçants',
    format: 'news',
    standfirst: 'Éclairage, chauffage, vitrines réfrigérées : des économies rapides sans investissement lourd.',
    body: [
      p(
        'Face à la hausse des prix de l’énergie, le plan de sobriété invite les commerces à réduire leur consommation de 10 %.',
      ),
      ul(
        'Éteindre les enseignes lumineuses la nuit.',
        'Limiter le chauffage à 19 °C.',
        'Fermer les portes des magasins chauffés ou climatisés.',
        'Couvrir les meubles frigorifiques la nuit.',
      ),
      p(
        'Les conseillers énergie des chambres proposent une visite gratuite pour identifier les économies les plus rentables.',
      ),
    ],
    topics: ['transition-ecologique'],
    audiences: ['business-owners'],
    image: 'durable',
    authors: ['journalist'],
    sources: [SOURCES.ademe, SOURCES.economie],
    faqs: ['energie'],
    publishedAt: '2022-10-06T07:00:00.000Z',
  },
  {
    title: 'Décarboner son entreprise : par où commencer ?',
    format: 'decryptage',
    standfirst: 'Mesurer ses émissions, fixer des priorités, financer les investissements : la méthode en trois temps.',
    body: [
      p(
        'Pour une petite entreprise, l’essentiel des émissions vient souvent de l’énergie des locaux, des déplacements et des achats.',
      ),
      h2('Mesurer d’abord'),
      p(
        'Un bilan simplifié suffit pour repérer les principaux postes. Bpifrance et l’ADEME proposent un diagnostic accompagné, en partie financé.',
      ),
      h2('Financer ensuite'),
      p(
        'Prêts verts, aides de l’ADEME et certificats d’économie d’énergie peuvent se combiner. Les chambres aident à monter le plan de financement.',
      ),
    ],
    topics: ['transition-ecologique', 'economie-durable'],
    audiences: ['business-owners', 'entrepreneurs'],
    image: 'durable',
    authors: ['journalist'],
    sources: [SOURCES.ademe, SOURCES.bpifrance],
    faqs: ['decarbonation'],
    publishedAt: '2023-03-14T08:00:00.000Z',
  },
  {
    title: 'Cinq ans après, ce que la crise a changé pour les entreprises',
    format: 'chronicle',
    standfirst:
      'Le 17 mars 2020, la France se confinait. Cinq ans plus tard, le numérique, la trésorerie et la solidarité locale ont pris une autre place.',
    body: [
      p(
        'Il y a cinq ans, les chambres décrochaient des milliers d’appels par jour. Les questions d’alors sont devenues une base de connaissances.',
      ),
      p(
        'Les entreprises ont appris à surveiller leur trésorerie de près, à vendre en ligne, à s’entraider entre voisins. Beaucoup ont gardé ces réflexes.',
      ),
      p(
        'Le réseau, lui, a appris à partager : une initiative née dans une chambre pouvait être reprise par cinquante autres en quelques semaines.',
      ),
    ],
    topics: ['accompagnement', 'relance'],
    audiences: ['business-owners', 'institutions', 'individuals', 'entrepreneurs'],
    image: 'entraide',
    authors: ['editor'],
    sources: [SOURCES.cciFrance],
    publishedAt: '2025-03-17T06:00:00.000Z',
  },
  {
    title: '« Nos clients nous demandaient des circuits courts »',
    format: 'interview',
    standfirst:
      'Une épicerie bretonne s’approvisionne désormais à 80 % auprès de producteurs situés à moins de cinquante kilomètres.',
    body: [
      p(
        '« Pendant le confinement, les clients ont découvert les producteurs du coin. Ils ne voulaient plus revenir en arrière. »',
      ),
      p(
        '« Nous avons réorganisé nos achats avec l’aide de la chambre, qui nous a mis en relation avec une plateforme logistique partagée entre producteurs. »',
      ),
      p(
        '« Nos marges sont un peu plus faibles, mais nos clients sont plus fidèles et nos transports ont été divisés par trois. »',
      ),
    ],
    topics: ['transition-ecologique'],
    audiences: ['individuals', 'business-owners'],
    image: 'durable',
    authors: ['journalist'],
    territory: 'bretagne',
    sources: [SOURCES.cciFrance],
    publishedAt: daysAgo(45),
  },
  {
    title: 'Défaillances d’entreprises : les signaux à surveiller',
    format: 'news',
    standfirst:
      'Retards de paiement, dettes sociales, tension de trésorerie : les chambres invitent les dirigeants à réagir tôt.',
    body: [
      p(
        'Le nombre de défaillances a retrouvé, puis dépassé, son niveau d’avant la crise. Les petites entreprises du commerce et du bâtiment sont les plus exposées.',
      ),
      p(
        'Les procédures amiables, comme le mandat ad hoc ou la conciliation, restent confidentielles et donnent de bons résultats lorsqu’elles sont engagées assez tôt.',
      ),
      p('Les cellules de prévention des chambres reçoivent les dirigeants gratuitement et en toute discrétion.'),
    ],
    topics: ['prevention-des-difficultes'],
    audiences: ['business-owners', 'institutions'],
    image: 'cellule',
    authors: ['journalist'],
    sources: [SOURCES.servicePublic],
    faqs: ['conciliation', 'contact-cci'],
    publishedAt: daysAgo(12),
  },
]
