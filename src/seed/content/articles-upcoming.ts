import type { ArticleSeed } from './articles'
import { p } from './richText'
import { SOURCES } from './sources'

/** Work in progress: three drafts, and three pieces queued for publication in the coming days. */
export const UPCOMING_ARTICLES: ArticleSeed[] = [
  {
    title: 'Rénover ses locaux commerciaux : les aides disponibles',
    format: 'news',
    standfirst:
      'Isolation, chauffage, éclairage : le point sur les financements pour rénover une boutique ou un atelier.',
    body: [
      p('Brouillon : liste des aides à compléter avec la direction régionale de l’ADEME.'),
      p('Ajouter les témoignages de deux commerçants.'),
      p('Vérifier les plafonds en vigueur.'),
    ],
    topics: ['transition-ecologique'],
    audiences: ['business-owners'],
    image: 'durable',
    authors: ['journalist'],
    sources: [SOURCES.ademe],
    review: 'draft',
  },
  {
    title: 'Reprise d’entreprise : les aides à la transmission',
    format: 'decryptage',
    standfirst: 'Un dirigeant sur cinq a plus de 60 ans. Comment préparer la reprise et la financer.',
    body: [
      p('Brouillon : présenter les prêts d’honneur et la garantie Bpifrance.'),
      p('Interroger un conseiller transmission.'),
      p('Ajouter un encadré sur la bourse de la transmission.'),
    ],
    topics: ['relance'],
    audiences: ['entrepreneurs', 'business-owners'],
    image: 'relance',
    authors: ['journalist'],
    sources: [SOURCES.bpifrance],
    review: 'in-review',
  },
  {
    title: 'Bilan carbone simplifié pour les TPE',
    format: 'guide',
    standfirst: 'Une méthode en cinq étapes pour estimer les émissions d’une très petite entreprise.',
    body: [
      p('Brouillon : étapes à relire par le conseiller environnement.'),
      p('Ajouter le tableau des facteurs d’émission.'),
      p('Lien vers le diagnostic accompagné.'),
    ],
    topics: ['transition-ecologique'],
    audiences: ['entrepreneurs'],
    image: 'durable',
    authors: ['editor'],
    sources: [SOURCES.ademe],
    review: 'changes-requested',
    reviewNote:
      'Ajouter un exemple chiffré pour un commerce de moins de cinq salariés, et citer la méthode de l’ADEME.',
  },
  {
    title: 'Financer la transition écologique de son commerce',
    format: 'news',
    standfirst: 'Un webinaire réunit Bpifrance, l’ADEME et trois commerçants qui ont franchi le pas.',
    body: [
      p(
        'Les inscriptions sont ouvertes pour le webinaire consacré au financement de la transition écologique des commerces.',
      ),
      p('Au programme : prêts verts, aides à l’investissement et retours d’expérience.'),
      p('Le replay sera disponible sur le site de la chambre.'),
    ],
    topics: ['transition-ecologique'],
    audiences: ['business-owners'],
    image: 'webinaire',
    authors: ['journalist'],
    sources: [SOURCES.bpifrance, SOURCES.ademe],
    scheduledInDays: 3,
  },
  {
    title: 'Prêts verts : comparer les offres publiques',
    format: 'decryptage',
    standfirst: 'Montants, durées, garanties : les prêts verts de Bpifrance et des banques comparés.',
    body: [
      p('Plusieurs prêts publics financent les investissements de transition écologique des PME.'),
      p('Ils se distinguent par leur durée, leur différé et l’absence de garantie personnelle.'),
      p('Un tableau comparatif aide à choisir selon le projet.'),
    ],
    topics: ['transition-ecologique', 'plan-de-relance'],
    audiences: ['business-owners', 'institutions'],
    image: 'relance',
    authors: ['journalist'],
    sources: [SOURCES.bpifrance],
    scheduledInDays: 7,
  },
  {
    title: '« Le réseau des chambres a tenu bon » : entretien avec une présidente de CCI',
    format: 'interview',
    standfirst: 'Retour sur la mobilisation du réseau pendant la crise et sur les chantiers de la transition.',
    body: [
      p('« Nous avons découvert pendant la crise ce que le réseau savait faire ensemble. »'),
      p('« Aujourd’hui, la transition écologique demande la même mobilisation, sur plus longtemps. »'),
      p('« Les chefs d’entreprise attendent des réponses concrètes, et rapides. »'),
    ],
    topics: ['accompagnement', 'economie-durable'],
    audiences: ['institutions'],
    image: 'entraide',
    authors: ['editor', 'journalist'],
    sources: [SOURCES.cciFrance],
    scheduledInDays: 14,
  },
]
