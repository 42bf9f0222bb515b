import { as, placeholders, type Db, type Row } from './db'

/**
 * A small reader of Payload's table layout (main table, `_locales`, `_rels`, has-many selects,
 * arrays), to produce documents at depth 0 exactly as Payload's REST API shows them to the public.
 * Field lists are written out per collection in `collections.ts`, in Payload's output order.
 */
export type Field =
  | { kind: 'scalar'; name: string; column: string; type: keyof typeof as; localized?: boolean }
  | { kind: 'relColumn'; name: string; column: string; localized?: boolean }
  | { kind: 'relMany'; name: string; path: string; column: string }
  | { kind: 'poly'; name: string; path: string; targets: string[] }
  | { kind: 'selectMany'; name: string; table: string }
  | { kind: 'array'; name: string; table: string; fields: Field[]; localizedFields?: Field[]; localized?: boolean }
  | { kind: 'group'; name: string; fields: Field[] }
  | { kind: 'computed'; name: string; compute: (row: Row) => unknown }

export type Spec = { table: string; fields: Field[] }
export type Doc = Record<string, unknown>

const q = (name: string) => `"${name}"`
const underscore = (slug: string) => slug.replace(/-/g, '_')

function flatten(fields: Field[]): Field[] {
  return fields.flatMap((f) => (f.kind === 'group' ? flatten(f.fields) : [f]))
}

function readValue(field: Field, main: Row, local: Row): unknown {
  if (field.kind === 'scalar') return as[field.type]((field.localized ? local : main)[field.column])
  if (field.kind === 'relColumn') return as.number((field.localized ? local : main)[field.column])
  if (field.kind === 'computed') return field.compute(main)
  return undefined
}

function build(fields: Field[], main: Row, local: Row, children: (field: Field) => unknown): Doc {
  const doc: Doc = {}
  for (const field of fields) {
    if (field.kind === 'group') doc[field.name] = build(field.fields, main, local, children)
    else if (field.kind === 'scalar' || field.kind === 'relColumn' || field.kind === 'computed')
      doc[field.name] = readValue(field, main, local)
    else doc[field.name] = children(field)
  }
  return doc
}

// Integer keys come back as numbers or strings depending on the driver; text keys stay text.
const norm = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)
const group = <T extends Row>(rows: T[], key: string) => {
  const map = new Map<unknown, T[]>()
  for (const row of rows) {
    const k = norm(row[key])
    const list = map.get(k)
    if (list) list.push(row)
    else map.set(k, [row])
  }
  return map
}

/** Documents at depth 0 for the given ids, in the order of `ids`; `locale` only (no fallback needed for the seed). */
export async function loadDocs(db: Db, spec: Spec, ids: number[], locale = 'fr'): Promise<Doc[]> {
  if (!ids.length) return []
  const all = flatten(spec.fields)
  const localized = all.filter(
    (f): f is Extract<Field, { column: string }> => 'column' in f && 'localized' in f && Boolean(f.localized),
  )
  const localCols = localized.map((f) => `l.${q(f.column)} AS ${q(`l__${f.column}`)}`)
  const mainRows = await db.all(
    `SELECT m.*${localCols.length ? `, ${localCols.join(', ')}` : ''} FROM ${q(spec.table)} m` +
      (localCols.length ? ` LEFT JOIN ${q(`${spec.table}_locales`)} l ON l._parent_id = m.id AND l._locale = ?` : '') +
      ` WHERE m.id IN (${placeholders(ids)})`,
    [...(localCols.length ? [locale] : []), ...ids],
  )
  const rels = all.some((f) => f.kind === 'relMany' || f.kind === 'poly')
    ? group(
        await db.all(
          `SELECT * FROM ${q(`${spec.table}_rels`)} WHERE parent_id IN (${placeholders(ids)}) ORDER BY ${q('order')}`,
          ids,
        ),
        'parent_id',
      )
    : new Map()
  const selects = new Map<string, Map<unknown, Row[]>>()
  const arrays = new Map<string, { rows: Map<unknown, Row[]>; locals: Map<unknown, Row[]> }>()
  for (const field of all) {
    if (field.kind === 'selectMany') {
      selects.set(
        field.name,
        group(
          await db.all(
            `SELECT parent_id, value FROM ${q(field.table)} WHERE parent_id IN (${placeholders(ids)}) ORDER BY ${q('order')}`,
            ids,
          ),
          'parent_id',
        ),
      )
    } else if (field.kind === 'array') {
      const rows = await db.all(
        `SELECT * FROM ${q(field.table)} WHERE _parent_id IN (${placeholders(ids)})${field.localized ? ' AND _locale = ?' : ''} ORDER BY _order`,
        [...ids, ...(field.localized ? [locale] : [])],
      )
      const rowIds = rows.map((r) => r.id)
      const locals =
        field.localizedFields?.length && rowIds.length
          ? await db.all(
              `SELECT * FROM ${q(`${field.table}_locales`)} WHERE _locale = ? AND _parent_id IN (${placeholders(rowIds)})`,
              [locale, ...rowIds],
            )
          : []
      arrays.set(field.name, { rows: group(rows, '_parent_id'), locals: group(locals, '_parent_id') })
    }
  }
  const byId = new Map<number, Doc>()
  for (const main of mainRows) {
    const id = Number(main.id)
    const local = Object.fromEntries(localized.map((f) => [f.column, main[`l__${f.column}`]]))
    byId.set(
      id,
      build(spec.fields, main, local, (field) => {
        const mine = (rels.get(id) ?? []) as Row[]
        if (field.kind === 'relMany')
          return mine.filter((r) => r.path === field.path).map((r) => as.number(r[field.column]))
        if (field.kind === 'poly') {
          return mine
            .filter((r) => r.path === field.path)
            .flatMap((r) =>
              field.targets
                .filter((t) => r[`${underscore(t)}_id`] !== null)
                .map((t) => ({ relationTo: t, value: as.number(r[`${underscore(t)}_id`]) })),
            )
        }
        if (field.kind === 'selectMany') return (selects.get(field.name)?.get(id) ?? []).map((r) => r.value)
        if (field.kind === 'array') {
          const { rows, locals } = arrays.get(field.name)!
          return (rows.get(id) ?? []).map((row) => {
            const rowLocal = (locals.get(norm(row.id)) ?? [])[0] ?? {}
            return build([...field.fields, ...(field.localizedFields ?? [])], row, rowLocal, () => undefined)
          })
        }
        return undefined
      }),
    )
  }
  return ids.map((id) => byId.get(id)).filter((doc): doc is Doc => Boolean(doc))
}
