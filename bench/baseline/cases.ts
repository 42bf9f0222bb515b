import { toFeedItem, type IndexRow } from '../../src/feed/feedItem'
import { encodeCursor } from '../../src/lib/feedCursor'
import { toFeatureCollection } from '../../src/lib/geo'
import { ARTICLES, DOSSIERS, FAQS, isPublic, MEDIA, PARTNERS, TOPICS } from './collections'
import { as, placeholders, type Db, type Row } from './db'
import { loadDocs, type Doc } from './loader'

/** Published and out of embargo, on the table aliased `t` (or unaliased). */
const publicOf = (t?: string) => {
  const c = (column: string) => (t ? `${t}.${column}` : column)
  return `${c('_status')} = 'published' AND (${c('embargo_until')} IS NULL OR ${c('embargo_until')} <= ?)`
}
const PUBLIC = publicOf()
const now = () => new Date().toISOString()
const ids = (rows: Row[]) => rows.map((r) => Number(r.id))
const unique = (values: unknown[]) => [...new Set(values.filter((v): v is number => typeof v === 'number'))]
const byId = (docs: Doc[]) => new Map(docs.map((d) => [d.id as number, d]))

/** Articles at depth 1 as the public sees them: related documents populated if the public may read them. */
async function articlesAtDepth1(db: Db, articleIds: number[]): Promise<Doc[]> {
  const at = now()
  const articles = await loadDocs(db, ARTICLES, articleIds)
  const mediaIds = unique(articles.flatMap((a) => [a.heroImage, (a.meta as Doc).image]))
  const faqIds = unique(articles.flatMap((a) => a.relatedFaqs as number[]))
  const topicIds = unique(articles.flatMap((a) => a.topics as number[]))
  const partnerIds = unique(articles.map((a) => a.sponsor))
  const publicFaqs = faqIds.length
    ? ids(await db.all(`SELECT id FROM faqs WHERE id IN (${placeholders(faqIds)}) AND ${PUBLIC}`, [...faqIds, at]))
    : []
  const [media, faqs, topics, partners, dossiers] = await Promise.all([
    loadDocs(db, MEDIA, mediaIds).then(byId),
    loadDocs(db, FAQS, publicFaqs).then(byId),
    loadDocs(db, TOPICS, topicIds).then(byId),
    loadDocs(db, PARTNERS, partnerIds).then(byId),
    dossiersOf(db, articleIds, at),
  ])
  const one = (map: Map<number, Doc>, id: unknown) => (id === null ? null : (map.get(id as number) ?? id))
  return articles.map((article) => {
    const { sponsor, dossiers: _join, ...rest } = article
    return {
      ...rest,
      heroImage: one(media, article.heroImage),
      relatedFaqs: (article.relatedFaqs as number[]).map((id) => faqs.get(id)).filter(Boolean),
      sponsor: one(partners, sponsor),
      dossiers: dossiers.get(article.id as number) ?? { docs: [], hasNextPage: false },
      topics: (article.topics as number[]).map((id) => topics.get(id) ?? id),
      meta: { ...(article.meta as Doc), image: one(media, (article.meta as Doc).image) },
      sponsored: sponsor !== null,
    }
  })
}

/** The `dossiers` join: public dossiers listing the article, newest first, ten at most. */
async function dossiersOf(
  db: Db,
  articleIds: number[],
  at: string,
): Promise<Map<number, { docs: Doc[]; hasNextPage: boolean }>> {
  const rows = await db.all(
    `SELECT r.articles_id AS article, d.id FROM dossiers_rels r JOIN dossiers d ON d.id = r.parent_id WHERE r.path = 'items' AND r.articles_id IN (${placeholders(articleIds)}) AND ${publicOf('d')} ORDER BY d.created_at DESC`,
    [...articleIds, at],
  )
  const docs = byId(await loadDocs(db, DOSSIERS, unique(rows.map((r) => Number(r.id)))))
  const result = new Map<number, { docs: Doc[]; hasNextPage: boolean }>()
  for (const row of rows) {
    const entry = result.get(Number(row.article)) ?? { docs: [], hasNextPage: false }
    if (entry.docs.length < 10) entry.docs.push(docs.get(Number(row.id))!)
    else entry.hasNextPage = true
    result.set(Number(row.article), entry)
  }
  return result
}

export async function list(db: Db, limit = 20): Promise<unknown> {
  const at = now()
  const [page, [{ n }]] = await Promise.all([
    db.all(`SELECT id FROM articles WHERE ${PUBLIC} ORDER BY published_at DESC LIMIT ?`, [at, limit]),
    db.all(`SELECT count(*) AS n FROM articles WHERE ${PUBLIC}`, [at]),
  ])
  const totalDocs = Number(n)
  const totalPages = Math.ceil(totalDocs / limit)
  const docs = await articlesAtDepth1(db, ids(page))
  return {
    docs,
    hasNextPage: totalPages > 1,
    hasPrevPage: false,
    limit,
    nextPage: totalPages > 1 ? 2 : null,
    page: 1,
    pagingCounter: 1,
    prevPage: null,
    totalDocs,
    totalPages,
  }
}

export async function detail(db: Db, slug: string): Promise<unknown> {
  const [row] = await db.all(`SELECT id FROM articles WHERE slug = ? AND ${PUBLIC} LIMIT 1`, [slug, now()])
  if (!row) return null
  const [doc] = await articlesAtDepth1(db, [Number(row.id)])
  return { type: 'articles', path: `/articles/${slug}`, doc }
}

export async function feed(db: Db, limit = 20): Promise<unknown> {
  const rows = await db.all(
    `SELECT s.id, s.slug, s.published_at, s.doc_type, s.doc_id, s.image_id, s.sponsored, l.title, l.summary FROM search s LEFT JOIN search_locales l ON l._parent_id = s.id AND l._locale = 'fr'
     WHERE s.published_at IS NOT NULL AND (s.embargo_until IS NULL OR s.embargo_until <= ?) ORDER BY s.published_at DESC, s.doc_type DESC, s.doc_id DESC LIMIT ?`,
    [now(), limit + 1],
  )
  const media = byId(await loadDocs(db, MEDIA, unique(rows.map((r) => as.number(r.image_id)))))
  const index = rows.map((r) => ({
    slug: r.slug,
    publishedAt: as.date(r.published_at),
    docType: r.doc_type,
    docId: r.doc_id,
    image: r.image_id === null ? null : media.get(Number(r.image_id)),
    sponsored: as.bool(r.sponsored),
    title: r.title,
    summary: r.summary,
  })) as unknown as IndexRow[]
  const items = index
    .slice(0, limit)
    .map((row) => toFeedItem(row, 'number'))
    .filter(Boolean)
  const last = index.length > limit ? index[limit - 1] : undefined
  return {
    items,
    next: last ? encodeCursor({ publishedAt: last.publishedAt!, type: last.docType!, id: last.docId! }) : null,
  }
}

/** `{ Articles(limit: 20, sort: "-publishedAt") { docs { id title slug publishedAt heroImage { url alt } topics { title slug } } } }` */
export async function graphqlList(db: Db, limit = 20): Promise<unknown> {
  const rows = await db.all(
    `SELECT a.id, a.slug, a.published_at, a.hero_image_id, l.title FROM articles a LEFT JOIN articles_locales l ON l._parent_id = a.id AND l._locale = 'fr' WHERE ${publicOf('a')} ORDER BY a.published_at DESC LIMIT ?`,
    [now(), limit],
  )
  const articleIds = ids(rows)
  const rels = articleIds.length
    ? await db.all(
        `SELECT parent_id, topics_id FROM articles_rels WHERE path = 'topics' AND parent_id IN (${placeholders(articleIds)}) ORDER BY "order"`,
        articleIds,
      )
    : []
  const topicIds = unique(rels.map((r) => as.number(r.topics_id)))
  const mediaIds = unique(rows.map((r) => as.number(r.hero_image_id)))
  const [topics, media] = await Promise.all([
    topicIds.length
      ? db.all(
          `SELECT t.id, t.slug, l.title FROM topics t LEFT JOIN topics_locales l ON l._parent_id = t.id AND l._locale = 'fr' WHERE t.id IN (${placeholders(topicIds)})`,
          topicIds,
        )
      : [],
    mediaIds.length
      ? db.all(`SELECT id, alt, filename FROM media WHERE id IN (${placeholders(mediaIds)})`, mediaIds)
      : [],
  ])
  const topic = new Map(topics.map((t) => [Number(t.id), { title: t.title, slug: t.slug }]))
  const image = new Map(
    media.map((m) => [Number(m.id), { url: `/api/media/file/${encodeURIComponent(String(m.filename))}`, alt: m.alt }]),
  )
  const docs = rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    slug: r.slug,
    publishedAt: as.date(r.published_at),
    heroImage: r.hero_image_id === null ? null : image.get(Number(r.hero_image_id)),
    topics: rels.filter((rel) => Number(rel.parent_id) === Number(r.id)).map((rel) => topic.get(Number(rel.topics_id))),
  }))
  return { data: { Articles: { docs } } }
}

export async function geojson(db: Db): Promise<unknown> {
  const rows = await db.all(
    `SELECT id, name, kind, city, phone, email, website, crisis_hotline, latitude, longitude FROM chambers WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY name`,
  )
  return toFeatureCollection(
    rows.map((c) => ({
      latitude: Number(c.latitude),
      longitude: Number(c.longitude),
      properties: {
        id: Number(c.id),
        name: c.name,
        kind: c.kind,
        city: c.city ?? null,
        phone: c.phone ?? null,
        email: c.email ?? null,
        website: c.website ?? null,
        hotline: c.crisis_hotline ?? null,
      },
    })),
  )
}

export { isPublic }
