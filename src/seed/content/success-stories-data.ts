import type { Region } from '../../lib/regions'
import type { Audience } from './context'

type Action = { what: string; forWhom: string; howMuch: string }

export type StorySeed = {
  companyName: string
  sector: string
  region: Region
  departmentCode: string
  summary: string
  story: string[]
  actions: Action[]
  quote: { text: string; person: string; role: string }
  image: string
  topics: string[]
  audiences: Audience[]
  publishedAt: string
}

const ALL: Audience[] = ['business-owners', 'individuals']

/** Invented companies, real places: the effort of spring 2020 as the newsroom told it. */
export const STORIES: StorySeed[] = [
  {
    companyName: 'Distillerie des Monts d’Arrée',
    sector: 'Spiritueux',
    region: 'bretagne',
    departmentCode: '29',
    summary: 'Une distillerie finistérienne a converti ses alambics à la production de gel hydroalcoolique.',
    story: [
      'Dès la mi-mars, la distillerie a suspendu sa production de whisky pour fabriquer du gel selon la formule de l’OMS.',
      'La chambre a obtenu en quelques jours les autorisations et mis l’entreprise en relation avec les hôpitaux du département.',
      'Les flacons ont été livrés gratuitement aux soignants, puis vendus à prix coûtant aux commerçants.',
    ],
    actions: [
      {
        what: 'Production de gel hydroalcoolique',
        forWhom: 'Hôpitaux et EHPAD du Finistère',
        howMuch: '12 000 litres',
      },
      { what: 'Vente à prix coûtant', forWhom: 'Commerçants du département', howMuch: '3 000 flacons' },
    ],
    quote: {
      text: 'Nous avions l’alcool, les cuves et l’envie d’aider : il fallait juste qu’on nous ouvre les bonnes portes.',
      person: 'Gwenaëlle Le Bihan',
      role: 'Cogérante',
    },
    image: 'industrie',
    topics: ['accompagnement'],
    audiences: ALL,
    publishedAt: '2020-04-06T08:00:00.000Z',
  },
  {
    companyName: 'Atelier Textile Rhodanien',
    sector: 'Confection',
    region: 'auvergne-rhone-alpes',
    departmentCode: '69',
    summary:
      'Un atelier de confection lyonnais a produit des masques en tissu homologués pour les entreprises de la métropole.',
    story: [
      'L’atelier, spécialisé dans la robe de mariée, a réorganisé ses postes en une semaine pour coudre des masques réutilisables.',
      'La chambre a mutualisé les commandes des entreprises du territoire pour garantir des volumes suffisants.',
      'Vingt couturières en activité partielle ont pu reprendre le travail.',
    ],
    actions: [
      {
        what: 'Fabrication de masques en tissu',
        forWhom: 'Entreprises et commerces de la métropole',
        howMuch: '80 000 masques',
      },
      { what: 'Dons de masques', forWhom: 'Associations d’aide alimentaire', howMuch: '5 000 masques' },
    ],
    quote: {
      text: 'Nos clientes reviendront après la crise. En attendant, nos machines servent à quelque chose d’essentiel.',
      person: 'Samia Benali',
      role: 'Fondatrice',
    },
    image: 'industrie',
    topics: ['accompagnement', 'activite-partielle'],
    audiences: ALL,
    publishedAt: '2020-04-14T08:00:00.000Z',
  },
  {
    companyName: 'Saveurs du Vieux-Port',
    sector: 'Traiteur',
    region: 'provence-alpes-cote-d-azur',
    departmentCode: '13',
    summary: 'Un traiteur marseillais a cuisiné chaque jour des repas pour les équipes des hôpitaux.',
    story: [
      'Privé de mariages et de séminaires, le traiteur a proposé ses cuisines et ses salariés volontaires.',
      'La chambre a organisé les livraisons avec un transporteur local et sollicité les fournisseurs pour des dons de denrées.',
    ],
    actions: [
      {
        what: 'Repas offerts aux soignants',
        forWhom: 'Hôpitaux de Marseille',
        howMuch: '300 repas par jour pendant six semaines',
      },
    ],
    quote: {
      text: 'Cuisiner pour ceux qui soignent, c’était notre façon de tenir.',
      person: 'Marc Giordano',
      role: 'Chef et gérant',
    },
    image: 'commerce',
    topics: ['accompagnement'],
    audiences: ALL,
    publishedAt: '2020-04-22T08:00:00.000Z',
  },
  {
    companyName: 'Imprim’Lorraine 3D',
    sector: 'Impression 3D',
    region: 'grand-est',
    departmentCode: '54',
    summary: 'Une jeune entreprise nancéienne a fédéré des imprimantes 3D pour fabriquer des visières de protection.',
    story: [
      'L’entreprise a publié ses plans en libre accès et réuni une cinquantaine d’imprimantes chez des particuliers et des lycées.',
      'La chambre a assuré la collecte et la distribution aux professionnels exposés : pharmaciens, commerçants, taxis.',
    ],
    actions: [
      {
        what: 'Visières de protection',
        forWhom: 'Professionnels en contact avec le public',
        howMuch: '15 000 visières',
      },
      {
        what: 'Plans en libre accès',
        forWhom: 'Makers et établissements scolaires',
        howMuch: '50 imprimantes mobilisées',
      },
    ],
    quote: {
      text: 'Le réseau de la chambre a fait le lien entre nos imprimantes et ceux qui en avaient besoin.',
      person: 'Lucas Marchal',
      role: 'Président',
    },
    image: 'industrie',
    topics: ['accompagnement'],
    audiences: ['entrepreneurs', 'individuals'],
    publishedAt: '2020-04-28T08:00:00.000Z',
  },
  {
    companyName: 'Garonne Express',
    sector: 'Transport et logistique',
    region: 'nouvelle-aquitaine',
    departmentCode: '33',
    summary: 'Un transporteur bordelais a livré gratuitement les commerçants qui vendaient à distance.',
    story: [
      'Avec une flotte à l’arrêt, le transporteur a proposé des tournées de livraison mutualisées aux commerçants du centre-ville.',
      'La chambre a recensé les commerces intéressés et intégré les tournées à sa carte des commerces ouverts.',
    ],
    actions: [
      { what: 'Livraisons gratuites', forWhom: 'Commerçants indépendants de Bordeaux', howMuch: '4 200 colis' },
    ],
    quote: {
      text: 'Nos camions roulaient à vide. Les remplir pour les commerçants du quartier était une évidence.',
      person: 'Nadia Ferreira',
      role: 'Directrice d’exploitation',
    },
    image: 'carte',
    topics: ['numerique-vente-en-ligne'],
    audiences: ALL,
    publishedAt: '2020-05-05T08:00:00.000Z',
  },
  {
    companyName: 'Boulangerie du Beffroi',
    sector: 'Boulangerie',
    region: 'hauts-de-france',
    departmentCode: '59',
    summary: 'Une boulangerie lilloise a livré chaque matin le pain des résidents de trois EHPAD.',
    story: [
      'Restée ouverte pendant le confinement, la boulangerie a organisé des tournées pour les établissements isolés.',
      'La chambre a relayé l’initiative, reprise ensuite par d’autres artisans du département.',
    ],
    actions: [
      {
        what: 'Pain et viennoiseries offerts',
        forWhom: 'Résidents de trois EHPAD',
        howMuch: '400 personnes chaque matin',
      },
    ],
    quote: {
      text: 'Les résidents ne pouvaient plus voir leurs familles. Le pain frais, c’était un peu de normalité.',
      person: 'Jean-Baptiste Caron',
      role: 'Artisan boulanger',
    },
    image: 'commerce',
    topics: ['accompagnement'],
    audiences: ['individuals'],
    publishedAt: '2020-05-12T08:00:00.000Z',
  },
  {
    companyName: 'Hôtel des Remparts',
    sector: 'Hôtellerie',
    region: 'occitanie',
    departmentCode: '11',
    summary: 'Un hôtel de Carcassonne a hébergé gratuitement les soignants venus en renfort.',
    story: [
      'Fermé aux touristes, l’hôtel a ouvert ses chambres aux infirmiers et médecins venus d’autres régions.',
      'La chambre a coordonné l’offre de plusieurs hôteliers avec l’agence régionale de santé.',
    ],
    actions: [{ what: 'Hébergement gratuit', forWhom: 'Soignants en renfort', howMuch: '1 100 nuitées' }],
    quote: {
      text: 'Un hôtel vide, c’est triste. Un hôtel plein de soignants, c’est une fierté.',
      person: 'Claire Fabre',
      role: 'Propriétaire',
    },
    image: 'entraide',
    topics: ['accompagnement'],
    audiences: ALL,
    publishedAt: '2020-05-19T08:00:00.000Z',
  },
  {
    companyName: 'Menuiserie du Bocage',
    sector: 'Menuiserie',
    region: 'normandie',
    departmentCode: '50',
    summary: 'Une menuiserie de la Manche a fabriqué des écrans de protection pour la réouverture des commerces.',
    story: [
      'À l’approche du déconfinement, les commerçants cherchaient des protections pour leurs comptoirs.',
      'La menuiserie a conçu un modèle simple en bois et plexiglas, vendu à prix coûtant via la chambre.',
    ],
    actions: [
      { what: 'Écrans de protection à prix coûtant', forWhom: 'Commerçants de la Manche', howMuch: '900 écrans' },
    ],
    quote: {
      text: 'La chambre nous a dit ce dont les commerçants avaient besoin. Nous avons dessiné le modèle le soir même.',
      person: 'Yann Lemoine',
      role: 'Gérant',
    },
    image: 'commerce',
    topics: ['relance'],
    audiences: ['business-owners'],
    publishedAt: '2020-05-26T08:00:00.000Z',
  },
  {
    companyName: 'Guyane Numérique Solidaire',
    sector: 'Informatique',
    region: 'guyane',
    departmentCode: '973',
    summary: 'Une entreprise de Cayenne a reconditionné des ordinateurs pour les élèves privés d’école.',
    story: [
      'Les entreprises du territoire ont donné leurs ordinateurs réformés, collectés par la chambre.',
      'L’entreprise les a reconditionnés et remis aux familles sans équipement, en lien avec le rectorat.',
    ],
    actions: [{ what: 'Ordinateurs reconditionnés', forWhom: 'Élèves sans équipement', howMuch: '650 ordinateurs' }],
    quote: {
      text: 'Sans ordinateur, pas d’école à distance. Nous avons fait notre part pour que personne ne décroche.',
      person: 'Christelle Ho-A-Chuck',
      role: 'Dirigeante',
    },
    image: 'webinaire',
    topics: ['numerique-vente-en-ligne'],
    audiences: ['individuals', 'institutions'],
    publishedAt: '2020-06-03T08:00:00.000Z',
  },
  {
    companyName: 'Livr’Ensemble',
    sector: 'Plateforme de livraison',
    region: 'ile-de-france',
    departmentCode: '93',
    summary: 'Une start-up de Seine-Saint-Denis a ouvert sa plateforme de livraison aux commerçants sans frais.',
    story: [
      'La plateforme a supprimé sa commission pendant deux mois pour les commerces indépendants.',
      'La chambre a accompagné les commerçants dans la mise en ligne de leur catalogue.',
    ],
    actions: [
      { what: 'Commission supprimée', forWhom: 'Commerces indépendants', howMuch: '230 commerçants pendant deux mois' },
    ],
    quote: {
      text: 'Nous voulions que les commerces du quartier existent encore après la crise.',
      person: 'Ibrahim Diallo',
      role: 'Cofondateur',
    },
    image: 'carte',
    topics: ['numerique-vente-en-ligne', 'relance'],
    audiences: ['entrepreneurs', 'business-owners'],
    publishedAt: '2020-06-10T08:00:00.000Z',
  },
]
