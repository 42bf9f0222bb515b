import { slugify } from '../src/lib/text'

export const SEEDED_KEY = 'bench:seeded'

const AUDIENCES = ['entrepreneurs', 'business-owners', 'individuals', 'institutions']
const TERRITORIES = ['national', 'bretagne', 'normandie', 'occitanie', 'grand-est', 'ile-de-france']
const FORMATS = ['decryptage', 'news', 'interview', 'guide', 'chronicle']
const WORDS = [
  'relance',
  'aides',
  'trésorerie',
  'export',
  'emploi',
  'commerce',
  'numérique',
  'formation',
  'crise',
  'innovation',
  'artisanat',
  'tourisme',
]

type Refs = { topics: number[]; media: number[]; users: number[]; partners: number[] }

// Array rows carry ids of the form Payload generates (24 hex digits).
const rowId = (i: number, k: number) => `${i.toString(16).padStart(20, '0')}b00${k}`
const pick = <T>(list: T[], i: number, salt = 0) => list[(i * 7 + salt * 13) % list.length]
const word = (i: number, k: number) => WORDS[(i * 31 + k * 17) % WORDS.length]

/**
 * The i-th synthetic article: deterministic, so two runs seed the same data. One in fifty is an
 * unpublished draft and one in a hundred is under embargo, so the public filter has work to do.
 */
// The adapter stores what Payload hands it after its hooks: localized values keyed by locale.
export const fr = <T>(value: T) => ({ fr: value })

export function syntheticArticle(i: number, size: number, refs: Refs) {
  const title = `Bench ${i}: ${word(i, 1)} et ${word(i, 2)} en ${word(i, 3)}`
  const day = 86_400_000
  const publishedAt = new Date(
    Date.UTC(2026, 0, 1) - Math.floor(((size - i) / size) * 730 * day) + (i % 86_400) * 1000,
  ).toISOString()
  const published = i % 50 !== 7
  const standfirst = `Ce que change la mesure ${i} pour les entreprises : ${word(i, 4)}, ${word(i, 5)} et ${word(i, 6)}.`
  return {
    title,
    standfirst,
    body: [
      { type: 'p', children: [{ text: `Paragraphe d’introduction de l’article ${i}, sur ${word(i, 7)}.` }] },
      { type: 'h2', children: [{ text: 'Ce qu’il faut retenir' }] },
      { type: 'p', children: [{ text: `Deuxième paragraphe, avec des détails sur ${word(i, 8)} et ${word(i, 9)}.` }] },
    ],
    format: pick(FORMATS, i),
    heroImage: pick(refs.media, i),
    authors: [pick(refs.users, i), pick(refs.users, i, 1)].filter((v, k, all) => all.indexOf(v) === k),
    byline: [{ id: rowId(i, 1), name: 'La rédaction' }],
    sources: [{ id: rowId(i, 2), label: 'Source officielle', url: `https://www.economie.gouv.fr/mesure-${i}` }],
    territory: pick(TERRITORIES, i),
    sponsor: i % 40 === 3 ? pick(refs.partners, i) : null,
    topics: [pick(refs.topics, i), pick(refs.topics, i, 1), pick(refs.topics, i, 2)].filter(
      (v, k, all) => all.indexOf(v) === k,
    ),
    audiences: [pick(AUDIENCES, i), pick(AUDIENCES, i, 1)].filter((v, k, all) => all.indexOf(v) === k),
    slug: slugify(title),
    publishedAt: published ? publishedAt : null,
    embargoUntil: i % 100 === 11 ? new Date(Date.UTC(2030, 0, 1)).toISOString() : null,
    workflowStatus: published ? 'approved' : 'draft',
    _status: published ? ('published' as const) : ('draft' as const),
    meta: { title: `${title} · Newsroom`, description: `Mesure ${i}` },
  }
}

/** The same article as the adapter stores it (localized fields keyed by locale). */
export function stored(article: ReturnType<typeof syntheticArticle>) {
  return {
    ...article,
    title: fr(article.title),
    standfirst: fr(article.standfirst),
    body: fr(article.body),
    sources: article.sources.map((source) => ({ ...source, label: fr(source.label) })),
    meta: { title: fr(article.meta.title), description: fr(article.meta.description) },
  }
}
