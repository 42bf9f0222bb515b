import { createMissing, ref, type Refs, type Seeder } from './context'
import { renderJpeg, type Drawing } from './images-draw'

type ImageSeed = Drawing & { key: string; alt: string; caption: string }

const LOGO = { width: 800, height: 400 }

export const IMAGES: ImageSeed[] = [
  {
    key: 'tresorerie',
    motif: 'coins',
    from: '#0b3d91',
    to: '#1f7ae0',
    ink: '#f2b705',
    alt: 'Piles de pièces et bouclier stylisés sur fond bleu',
    caption: 'Les aides de trésorerie garanties par l’État.',
  },
  {
    key: 'commerce',
    motif: 'shopfront',
    from: '#c0392b',
    to: '#f39c12',
    ink: '#c0392b',
    alt: 'Devanture de commerce à store rayé rouge et blanc',
    caption: 'Le commerce de proximité face aux fermetures administratives.',
  },
  {
    key: 'carte',
    motif: 'map',
    from: '#145a32',
    to: '#27ae60',
    ink: '#e74c3c',
    alt: 'Carte stylisée parsemée de repères indiquant des commerces ouverts',
    caption: 'La carte des commerces ouverts, reprise par plus de cinquante chambres.',
  },
  {
    key: 'relance',
    motif: 'chart',
    from: '#4a235a',
    to: '#8e44ad',
    ink: '#f4d03f',
    alt: 'Histogramme ascendant et courbe de reprise sur fond violet',
    caption: 'La relance de l’activité après les confinements.',
  },
  {
    key: 'echeances',
    motif: 'calendar',
    from: '#1b4f72',
    to: '#5dade2',
    ink: '#1b4f72',
    alt: 'Calendrier dont trois échéances sont mises en évidence',
    caption: 'Reports d’échéances sociales et fiscales.',
  },
  {
    key: 'cellule',
    motif: 'hotline',
    from: '#922b21',
    to: '#e6b0aa',
    ink: '#922b21',
    alt: 'Combiné téléphonique entouré d’ondes concentriques',
    caption: 'Les cellules de crise des chambres ont répondu aux chefs d’entreprise.',
  },
  {
    key: 'webinaire',
    motif: 'screen',
    from: '#0e6251',
    to: '#48c9b0',
    ink: '#0e6251',
    alt: 'Écran d’ordinateur montrant les participants d’un webinaire',
    caption: 'Webinaires et Facebook lives pour répondre en direct.',
  },
  {
    key: 'durable',
    motif: 'leaf',
    from: '#196f3d',
    to: '#a9dfbf',
    ink: '#145a32',
    alt: 'Feuilles vertes stylisées sous un soleil pâle',
    caption: 'La transition écologique des entreprises.',
  },
  {
    key: 'industrie',
    motif: 'factory',
    from: '#283747',
    to: '#85929e',
    ink: '#f5b041',
    alt: 'Silhouette d’usine à toit en dents de scie et cheminées',
    caption: 'Des industriels reconvertis dans la fabrication de masques et de gel.',
  },
  {
    key: 'entraide',
    motif: 'network',
    from: '#7e5109',
    to: '#f0b27a',
    ink: '#7e5109',
    alt: 'Réseau de points reliés symbolisant l’entraide entre entreprises',
    caption: 'Les bourses d’entraide entre entreprises d’un même territoire.',
  },
  {
    key: 'export',
    motif: 'globe',
    from: '#154360',
    to: '#2e86c1',
    ink: '#154360',
    alt: 'Globe terrestre et trajectoire d’avion en pointillés',
    caption: 'Repartir à l’export avec les chèques relance.',
  },
  {
    key: 'emploi',
    motif: 'team',
    from: '#6c3483',
    to: '#d2b4de',
    ink: '#6c3483',
    alt: 'Cinq silhouettes de salariés dont deux estompées',
    caption: 'L’activité partielle a préservé les emplois.',
  },
  {
    key: 'logo-radio',
    motif: 'waves',
    from: '#1a5276',
    to: '#2980b9',
    ink: '#f1c40f',
    ...LOGO,
    alt: 'Logo de Radio Commerce FM : ondes radio blanches',
    caption: 'Partenaire média.',
  },
  {
    key: 'logo-hebdo',
    motif: 'pages',
    from: '#b03a2e',
    to: '#ec7063',
    ink: '#641e16',
    ...LOGO,
    alt: 'Logo de L’Hebdo des Territoires : pages superposées',
    caption: 'Partenaire média.',
  },
  {
    key: 'logo-fondation',
    motif: 'rings',
    from: '#117864',
    to: '#45b39d',
    ink: '#f7dc6f',
    ...LOGO,
    alt: 'Logo de la Fondation Commerce & Territoires : trois anneaux entrelacés',
    caption: 'Sponsor.',
  },
]

/** Returns media ids by seed key ("carte"); the alt text is what identifies an image already uploaded. */
export async function seedImages(seeder: Seeder): Promise<Refs> {
  const byAlt = await createMissing(
    seeder,
    'media',
    'alt',
    IMAGES,
    (image) => image.alt,
    async ({ key, alt, caption, ...drawing }) => {
      const name = `seed-${key}.jpg`
      const data = await renderJpeg(drawing, name)
      return seeder.payload.create({
        collection: 'media',
        data: { alt, caption, credit: 'Illustration Newsroom CCI' },
        file: { data, mimetype: 'image/jpeg', name, size: data.length },
        overrideAccess: true,
        depth: 0,
      })
    },
  )
  return new Map(IMAGES.map((image) => [image.key, ref(byAlt, image.alt, 'image')]))
}
