import type { ReceivedRequest } from '../base'

/**
 * A small subset of JSON Schema, enough for the request bodies the schedulers document: the fakes
 * check every request against it so that an adapter drifting from a provider's documented shape is
 * refused as the real API would refuse it. Objects accept only the properties they list: a field the
 * provider does not document is a drift too (`open` objects, such as GraphQL variables, accept any).
 */
export type Schema =
  | { type: 'string'; enum?: readonly string[]; pattern?: RegExp }
  | { type: 'array'; items: Schema; minItems?: number }
  | { type: 'object'; properties: Record<string, Schema>; required?: readonly string[]; open?: true }

/** Where `value` departs from `schema`, one line per problem, each naming the path (`$.input.mode`). */
export function violations(schema: Schema, value: unknown, path = '$'): string[] {
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected a string`]
      if (schema.enum && !schema.enum.includes(value)) return [`${path}: expected one of ${schema.enum.join(', ')}`]
      if (schema.pattern && !schema.pattern.test(value)) return [`${path}: does not match ${schema.pattern}`]
      return []
    case 'array': {
      if (!Array.isArray(value)) return [`${path}: expected an array`]
      if (value.length < (schema.minItems ?? 0)) return [`${path}: expected at least ${schema.minItems} item(s)`]
      return value.flatMap((item, i) => violations(schema.items, item, `${path}[${i}]`))
    }
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${path}: expected an object`]
      const record = value as Record<string, unknown>
      const missing = (schema.required ?? []).filter((key) => record[key] === undefined)
      const unknown = schema.open ? [] : Object.keys(record).filter((key) => !(key in schema.properties))
      return [
        ...missing.map((key) => `${path}.${key}: required`),
        ...unknown.map((key) => `${path}.${key}: not a documented field`),
        ...Object.entries(schema.properties).flatMap(([key, property]) =>
          record[key] === undefined ? [] : violations(property, record[key], `${path}.${key}`),
        ),
      ]
    }
  }
}

/** One documented route: its method, its path and what its request must look like. */
export type RouteShape = {
  method: string
  path: RegExp
  /** Headers (names in lower case) that must be present and match. */
  headers?: Record<string, Schema>
  /** The JSON body; none: the request carries no body. */
  body?: Schema
}

/** An ISO-8601 date and time in UTC, ending in Z, as the three schedulers document their times. */
export const UTC_DATE_TIME: Schema = { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/ }
export const BEARER: Schema = { type: 'string', pattern: /^Bearer \S+$/ }
export const JSON_CONTENT: Schema = { type: 'string', pattern: /^application\/json\b/ }
export const STRINGS: Schema = { type: 'array', items: { type: 'string' } }

/** `route: null` when the provider documents no such route; otherwise the request's problems, if any. */
export function checkRequest(
  routes: RouteShape[],
  request: ReceivedRequest,
): { route: RouteShape | null; problems: string[] } {
  const pathname = request.path.split('?')[0]
  const route = routes.find((r) => r.method === request.method && r.path.test(pathname)) ?? null
  if (!route) return { route, problems: [`${request.method} ${pathname}: not a documented route`] }
  const headerProblems = Object.entries(route.headers ?? {}).flatMap(([name, schema]) =>
    violations(schema, request.headers[name], `headers.${name}`),
  )
  const bodyProblems = route.body
    ? request.json === undefined
      ? ['body: expected JSON']
      : violations(route.body, request.json, 'body')
    : request.rawBody
      ? ['body: this route takes none']
      : []
  return { route, problems: [...headerProblems, ...bodyProblems] }
}
