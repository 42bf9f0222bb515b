import type { ArticleSeed } from './articles'
import { h2, link, p, ul } from './richText'
import { SOURCES } from './sources'

/** Spring 2020: the first lockdown and the emergency measures. */
export const CRISIS_ARTICLES: ArticleSeed[] = [
  {
    title: 'PGE : ce que les entreprises doivent savoir avant de solliciter leur banque',
    format: 'decryptage',
    standfirst:
      'Le prêt garanti par l’État est ouvert depuis le 25 mars. Montant, garantie, différé : les points à vérifier avant le rendez-vous bancaire.',
    body: [
      p(
        'Le prêt garanti par l’État (PGE) peut atteindre 25 % du chiffre d’affaires 2019, ou deux années de masse salariale pour les entreprises innovantes et celles créées depuis le 1er janvier 2019.',
      ),
      h2('Une garantie de 70 à 90 %'),
      p(
        'L’État garantit le prêt à hauteur de 90 % pour les entreprises de moins de 5 000 salariés. Aucun remboursement n’est exigé la première année, et le prêt peut ensuite être amorti sur une à cinq années supplémentaires.',
      ),
      h2('La démarche'),
      ul(
        'Obtenir l’accord de principe de sa banque.',
        'Demander un identifiant unique sur la plateforme de Bpifrance.',
        'Transmettre cet identifiant à la banque, qui débloque les fonds.',
      ),
      p(
        'La cellule de crise de votre CCI peut relire votre dossier avant le rendez-vous : ',
        link('voir les coordonnées des chambres', 'https://www.cci-france.test/contacts'),
        '.',
      ),
    ],
    topics: ['pret-garanti-par-l-etat'],
    audiences: ['business-owners', 'entrepreneurs'],
    image: 'tresorerie',
    authors: ['journalist'],
    sources: [SOURCES.economie, SOURCES.bpifrance],
    faqs: ['pge-montant', 'pge-refus', 'pge-remboursement'],
    publishedAt: '2020-03-26T08:30:00.000Z',
  },
  {
    title: 'Fonds de solidarité : le premier volet ouvert sur impots.gouv.fr',
    format: 'news',
    standfirst:
      'Les très petites entreprises fermées ou ayant perdu au moins la moitié de leur chiffre d’affaires peuvent demander jusqu’à 1 500 euros.',
    body: [
      p(
        'La demande se fait depuis l’espace particulier du dirigeant sur impots.gouv.fr, à partir du 31 mars. Il suffit d’indiquer son numéro SIRET, ses coordonnées bancaires et le chiffre d’affaires perdu.',
      ),
      p(
        'Sont concernées les entreprises de moins de dix salariés, dont le chiffre d’affaires annuel est inférieur à un million d’euros et le bénéfice imposable à 60 000 euros.',
      ),
      h2('Un second volet par les Régions'),
      p(
        'Les entreprises qui restent en difficulté pourront solliciter une aide complémentaire, instruite par les Régions. Les conseillers des CCI accompagnent les dirigeants dans le montage du dossier.',
      ),
    ],
    topics: ['fonds-de-solidarite'],
    audiences: ['business-owners', 'entrepreneurs'],
    image: 'commerce',
    authors: ['journalist'],
    sources: [SOURCES.impots, SOURCES.economie],
    faqs: ['fds-declaration', 'fds-micro'],
    publishedAt: '2020-04-01T07:00:00.000Z',
  },
  {
    title: 'Activité partielle : les étapes de la demande d’autorisation',
    format: 'guide',
    standfirst:
      'Déclaration en ligne, délai de trente jours, indemnisation des salariés : le chômage partiel expliqué pas à pas.',
    body: [
      p(
        'L’employeur dépose sa demande sur le portail de l’activité partielle. Pendant la crise, il dispose de trente jours à compter du placement des salariés en activité partielle pour le faire, avec effet rétroactif.',
      ),
      h2('Ce que perçoit le salarié'),
      p(
        'Le salarié reçoit une indemnité égale à 70 % de sa rémunération brute, soit environ 84 % du net. L’État et l’Unédic remboursent l’employeur jusqu’à 4,5 fois le SMIC.',
      ),
      h2('Après l’autorisation'),
      p(
        'Chaque mois, l’employeur déclare les heures chômées pour être remboursé. Les salariés peuvent suivre une formation pendant les heures non travaillées.',
      ),
    ],
    topics: ['activite-partielle'],
    audiences: ['business-owners', 'institutions'],
    image: 'emploi',
    authors: ['journalist'],
    sources: [SOURCES.activitePartielle, SOURCES.servicePublic],
    faqs: ['ap-demande', 'ap-delai'],
    publishedAt: '2020-03-24T10:00:00.000Z',
  },
  {
    title: 'Reports de charges : l’Urssaf décale les échéances de mars',
    format: 'news',
    standfirst:
      'Les employeurs peuvent reporter tout ou partie de leurs cotisations sans pénalité. Les travailleurs indépendants n’ont aucune démarche à faire.',
    body: [
      p(
        'Les cotisations salariales et patronales dues aux échéances du 15 mars et du 5 avril peuvent être reportées jusqu’à trois mois, sans majoration ni pénalité.',
      ),
      p(
        'Les échéances mensuelles des travailleurs indépendants sont suspendues automatiquement. Côté fiscal, les entreprises peuvent demander le report de leurs impôts directs auprès de leur service des impôts.',
      ),
      p(
        'Ces reports ne sont pas des annulations : la chambre conseille de provisionner les montants et de prendre contact avec l’Urssaf pour étaler la reprise des paiements.',
      ),
    ],
    topics: ['reports-de-charges'],
    audiences: ['business-owners', 'entrepreneurs'],
    image: 'echeances',
    authors: ['journalist'],
    sources: [SOURCES.urssaf, SOURCES.impots],
    faqs: ['urssaf-report', 'impots-report'],
    publishedAt: '2020-03-13T16:00:00.000Z',
  },
  {
    title: '« Nous avons reçu 4 000 appels en une semaine » : dans la cellule de crise d’une CCI',
    format: 'interview',
    standfirst:
      'La directrice de la cellule de crise de la CCI du Nord raconte les premiers jours du confinement au bout du fil.',
    body: [
      p(
        '« Le lundi 16 mars, le standard a saturé en une heure. Les commerçants voulaient savoir s’ils avaient le droit d’ouvrir, les industriels comment placer leurs salariés en chômage partiel. »',
      ),
      p(
        '« Nous avons basculé quarante conseillers sur la ligne d’urgence en deux jours. Chaque appel donnait lieu à une fiche, et les questions les plus fréquentes sont devenues notre FAQ. »',
      ),
      h2('Une réponse en moins de 48 heures'),
      p(
        '« Notre engagement était simple : une réponse personnalisée sous 48 heures, y compris le week-end. Sur les dossiers complexes, nous faisions le lien directement avec la Direccte et les banques. »',
      ),
    ],
    topics: ['prevention-des-difficultes', 'activite-partielle'],
    audiences: ['business-owners', 'institutions'],
    image: 'cellule',
    authors: ['journalist', 'editor'],
    territory: 'hauts-de-france',
    sources: [SOURCES.cciFrance],
    publishedAt: '2020-03-30T06:00:00.000Z',
  },
  {
    title: 'Chronique : tenir la trésorerie quand tout s’arrête',
    format: 'chronicle',
    standfirst:
      'Trois semaines de fermeture suffisent à vider les caisses d’une petite entreprise. Ce qui compte, c’est l’ordre dans lequel on actionne les aides.',
    body: [
      p(
        'Quand le rideau tombe, les charges continuent. Loyer, salaires, fournisseurs : la tentation est de tout régler comme d’habitude, puis de s’inquiéter.',
      ),
      p(
        'Mieux vaut commencer par ce qui ne coûte rien : reporter les cotisations, demander le fonds de solidarité, placer les salariés en activité partielle. Le PGE vient ensuite, car c’est une dette.',
      ),
      p(
        'Surtout, un plan de trésorerie à treize semaines, même sommaire, change la conversation avec le banquier. C’est le premier document que nos conseillers demandent.',
      ),
    ],
    topics: ['reports-de-charges', 'pret-garanti-par-l-etat'],
    audiences: ['business-owners'],
    image: 'echeances',
    authors: ['editor'],
    sources: [SOURCES.economie],
    publishedAt: '2020-04-08T05:30:00.000Z',
  },
  {
    title: 'Fonds de solidarité : qui peut bénéficier du second volet ?',
    format: 'decryptage',
    standfirst:
      'Jusqu’à 5 000 euros pour les entreprises qui ne peuvent plus payer leurs dettes à trente jours et qui se sont vu refuser un prêt.',
    body: [
      p(
        'Le second volet du fonds de solidarité s’adresse aux entreprises ayant bénéficié du premier volet, employant au moins un salarié et se trouvant dans l’impossibilité de régler leurs dettes exigibles dans les trente jours.',
      ),
      h2('Un refus de prêt requis'),
      p(
        'L’entreprise doit avoir sollicité un prêt de trésorerie d’un montant raisonnable auprès de sa banque et s’être vu opposer un refus ou une absence de réponse sous dix jours.',
      ),
      p(
        'La demande est déposée sur la plateforme de la Région. Les conseillers des chambres vérifient les pièces avant l’envoi.',
      ),
    ],
    topics: ['fonds-de-solidarite'],
    audiences: ['business-owners', 'entrepreneurs'],
    image: 'tresorerie',
    authors: ['journalist'],
    sources: [SOURCES.economie, SOURCES.servicePublic],
    faqs: ['fds-declaration', 'cumul-aides'],
    publishedAt: '2020-04-15T09:00:00.000Z',
  },
  {
    title: 'Une carte en ligne recense les commerces ouverts pendant le confinement',
    format: 'news',
    standfirst:
      'Lancée par une chambre, la carte des commerces ouverts, livraisons et retraits en magasin a été reprise par plus de cinquante CCI.',
    body: [
      p(
        'Boulangeries, pharmacies, primeurs, quincailleries : chaque commerçant peut signaler en quelques clics qu’il est ouvert, ses horaires et s’il livre à domicile.',
      ),
      p(
        'Les habitants consultent la carte depuis leur téléphone et trouvent les commerces de leur quartier. Les données sont vérifiées par les conseillers de la chambre.',
      ),
      p(
        'Le code et la méthode ont été partagés avec tout le réseau : en trois semaines, plus de cinquante chambres ont ouvert leur propre carte.',
      ),
    ],
    topics: ['numerique-vente-en-ligne'],
    audiences: ['individuals', 'business-owners'],
    image: 'carte',
    authors: ['journalist'],
    sources: [{ label: 'Carte des commerces ouverts (démo)', url: 'https://commerces-ouverts.cci-france.test/' }],
    publishedAt: '2020-04-03T11:00:00.000Z',
  },
]
