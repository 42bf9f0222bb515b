import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'

/** The parts of an OpenAPI document the validator reads. */
type Parameter = { name: string; in: string; required?: boolean; style?: string; schema?: Record<string, unknown> }
type Operation = {
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> }
}
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components: Record<string, unknown> }

/** A value that does not match the contract: where (the body's `title`, the query's `limit`) and why. */
export type Violation = {
  in: 'body' | 'query' | 'path' | 'answer'
  path: string
  /** The JSON Schema keyword that failed (`type`, `required`, `additionalProperties`, `enum`, …). */
  keyword: string
  expected?: string[]
  allowed?: unknown[]
  message: string
  /** The bound the value crossed (`maxLength`, `minimum`, `maxItems`, …), or the format it missed. */
  limit?: number | string
  /** The message the schema names for this problem (`x-message`), and what it says (limits, options, length). */
  worded?: { key: string; vars: Record<string, unknown> }
}

export type OperationCheck = {
  method: string
  template: string
  params: Record<string, string>
  /** Path and query parameters, as strings from the URL (deepObject ones are the request guard's). */
  checkParameters: (query: URLSearchParams) => Violation[]
  /** A JSON body, parsed; undefined when the operation takes no JSON body. */
  checkBody?: (body: unknown, tolerated?: Tolerated) => Violation[]
  bodyRequired: boolean
  /** The operation also takes form data (the admin's `_payload`, an upload's file). */
  formData: boolean
}

/** A schema error a write may carry all the same (a draft's empty required field); see `src/openapi/writeInput.ts`. */
export type Tolerated = (error: ErrorObject, body: unknown) => boolean

/** The compiled request side of the published document. */
export type RequestContract = {
  /** The operation a method and path reach, with its checks; null when the document has none. */
  operation: (method: string, path: string) => OperationCheck | null
  /** A body checked against one of the document's schemas (`articles.create`, `articles.input`). */
  checkSchema: (name: string, body: unknown, tolerated?: Tolerated) => Violation[]
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020
const pointer = (...parts: string[]) =>
  `openapi#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`

/** One Ajv for the document: schemas are compiled once, on first use, then kept. */
export function newAjv(document: OpenApiDocument): Ajv2020 {
  // Verbose: each error carries its schema, whose `x-message` words the refusal (see `worded`).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, coerceTypes: false, verbose: true })
  addFormats(ajv)
  // OpenAPI keywords that are not JSON Schema's.
  ajv.addVocabulary(['discriminator', 'xml', 'externalDocs', 'example'])
  ajv.addSchema({ $id: 'openapi', ...document } as object, undefined, undefined, false)
  return ajv
}

/**
 * A schema's own message for a refusal: `x-message` is one message key for any problem of the
 * field, or one per failing keyword (`required`, `type`, `minLength`, `enum`, …, with `*` for the others).
 * For a missing field, the field's own schema is read.
 */
function worded(error: ErrorObject): Violation['worded'] {
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>
  const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined
  const schema = (
    missing ? ((parent.properties as Record<string, unknown> | undefined)?.[missing] ?? {}) : parent
  ) as Record<string, unknown>
  return wordedBy(schema, error.keyword, missing ? undefined : (error.data as unknown))
}

function wordedBy(schema: Record<string, unknown>, keyword: string, data: unknown): Violation['worded'] {
  const messages = schema['x-message']
  const key =
    typeof messages === 'string'
      ? messages
      : messages && typeof messages === 'object'
        ? ((messages as Record<string, string>)[keyword] ?? (messages as Record<string, string>)['*'])
        : undefined
  if (!key) return undefined
  const choices = (schema.enum ?? (schema.items as Record<string, unknown> | undefined)?.enum) as unknown[] | undefined
  return {
    key,
    vars: {
      min: schema.minLength ?? schema.minimum,
      max: schema.maxLength ?? schema.maximum,
      allowed: choices?.filter((choice) => choice !== null && choice !== '').join(', '),
      got: typeof data === 'string' ? [...data.trim()].length : 0,
      value: data === undefined || typeof data === 'object' ? undefined : String(data),
    },
  }
}

export const describe = (
  errors: ErrorObject[] | null | undefined,
  place: Violation['in'],
  root: string[] = [],
): Violation[] =>
  (errors ?? []).slice(0, 10).map((error) => {
    const at = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    const missing = error.keyword === 'required' ? [String(error.params.missingProperty)] : []
    const extra = error.keyword === 'additionalProperties' ? [String(error.params.additionalProperty)] : []
    const expected =
      error.keyword === 'type'
        ? ([] as string[]).concat(error.params.type as string | string[])
        : error.keyword === 'format'
          ? [`format:${String(error.params.format)}`]
          : undefined
    const allowed = error.keyword === 'enum' ? (error.params.allowedValues as unknown[]) : undefined
    return {
      in: place,
      path: [...root, ...at, ...missing, ...extra].join('.'),
      keyword: error.keyword,
      expected,
      allowed,
      message: error.message ?? error.keyword,
      limit: (error.params.limit ?? error.params.format) as number | string | undefined,
      worded: worded(error),
    }
  })

// Query values come as text: the schema's type decides how each is read.
function fromText(text: string, schema: Record<string, unknown> | undefined): unknown {
  const types = ([] as unknown[]).concat(schema?.type ?? [])
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text))
    return Number(text)
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true'
  return text
}

function matchTemplate(template: string, path: string): Record<string, string> | null {
  const wanted = template.split('/')
  const given = path.split('/')
  if (wanted.length !== given.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < wanted.length; i++) {
    const name = /^\{(\w+)\}$/.exec(wanted[i])?.[1]
    if (name && given[i] !== '') params[name] = safeDecode(given[i])
    else if (wanted[i] !== given[i]) return null
  }
  return params
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The request side of the contract, compiled from the published document: which operation a
 * method and path reach, and whether their parameters and JSON body match its schemas.
 */
export function requestContract(document: OpenApiDocument): RequestContract {
  const ajv = newAjv(document)
  const compiled = new Map<string, ValidateFunction>()
  const validator = (ref: string) => {
    if (!compiled.has(ref)) compiled.set(ref, ajv.compile({ $ref: ref }))
    return compiled.get(ref)!
  }
  const check = (ref: string, body: unknown, tolerated?: Tolerated): Violation[] => {
    const validate = validator(ref)
    if (validate(body)) return []
    const errors = tolerated ? (validate.errors ?? []).filter((error) => !tolerated(error, body)) : validate.errors
    return describe(errors, 'body')
  }
  // Literal segments win over parameters (`/articles/count` before `/articles/{id}`).
  const templates = Object.keys(document.paths).sort((a, b) => literalWeight(b) - literalWeight(a))

  const operation = (method: string, path: string): OperationCheck | null => {
    const verb = method.toLowerCase()
    for (const template of templates) {
      const params = matchTemplate(template, path)
      if (!params) continue
      const operation = document.paths[template][verb]
      if (!operation) return null
      const parameters = operation.parameters ?? []
      const checkParameters = (query: URLSearchParams): Violation[] => {
        const problems: Violation[] = []
        parameters.forEach((parameter, index) => {
          if (parameter.in !== 'path' && parameter.in !== 'query') return
          if (parameter.style === 'deepObject') return
          const raw = parameter.in === 'path' ? params[parameter.name] : query.get(parameter.name)
          if (raw === null || raw === undefined) {
            if (parameter.required)
              problems.push({
                in: parameter.in as 'query',
                path: parameter.name,
                keyword: 'required',
                message: 'is required',
                worded: wordedBy(parameter.schema ?? {}, 'required', undefined),
              })
            return
          }
          const validate = validator(pointer('paths', template, verb, 'parameters', String(index), 'schema'))
          if (!validate(fromText(raw, parameter.schema)))
            problems.push(...describe(validate.errors, parameter.in as 'query', [parameter.name]))
        })
        return problems
      }
      const jsonBody = operation.requestBody?.content?.['application/json']
      const bodyRef = pointer('paths', template, verb, 'requestBody', 'content', 'application/json', 'schema')
      const checkBody = jsonBody?.schema
        ? (body: unknown, tolerated?: Tolerated) => check(bodyRef, body, tolerated)
        : undefined
      return {
        method: verb,
        template,
        params,
        checkParameters,
        checkBody,
        bodyRequired: Boolean(operation.requestBody?.required),
        formData: Boolean(operation.requestBody?.content?.['multipart/form-data']),
      }
    }
    return null
  }
  const checkSchema = (name: string, body: unknown, tolerated?: Tolerated) =>
    check(pointer('components', 'schemas', name), body, tolerated)
  return { operation, checkSchema }
}

const literalWeight = (template: string) =>
  template.split('/').reduce((weight, part, index) => weight + (part.startsWith('{') ? 0 : 2 ** (10 - index)), 0)
