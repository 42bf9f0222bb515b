import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

/**
 * Answers a GraphQL query from stored REST answers, as Payload's own GraphQL would answer it, for
 * the plain queries front-ends send: one root field, fields and aliases, no fragments or
 * directives. Anything this module cannot answer exactly yields undefined, and Payload answers.
 */

export type GraphqlRequest = { query?: unknown; variables?: unknown; operationName?: unknown }

/** The one root field asked: its name, its arguments, the fields it selects, and what to answer it with. */
export type RootField = {
  name: string
  args: Record<string, unknown>
  fields: string[]
  answer: (value: unknown, relationDepth: number) => string | undefined
}

/** Payload's extra validation rules, given the execution's arguments as graphql-http gives them. */
export type ValidationRules = (args: {
  document: DocumentNode
  variableValues?: Record<string, unknown>
  contextValue: { req?: unknown }
}) => readonly ValidationRule[]

/** Payload field settings the GraphQL schema carries on relationship, upload and renamed fields. */
type FieldExtension = { name?: string; type?: string; relationTo?: unknown; maxDepth?: number; hasMany?: boolean }

const DECLINE = Symbol('decline')

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** True when the query uses nothing but fields (no fragments, no directives): what `project` can walk. */
function plain(selectionSet: SelectionSetNode | undefined): boolean {
  if (!selectionSet) return true
  return selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && !selection.directives?.length && plain(selection.selectionSet),
  )
}

const extensionOf = (def: GraphQLField<unknown, unknown>) =>
  (def.extensions as { field?: FieldExtension } | undefined)?.field

const isRelation = (field: FieldExtension | undefined) => field?.type === 'relationship' || field?.type === 'upload'

/**
 * The value Payload's resolver gives a relation from the REST answer's: a related document the
 * reader may not see stays an id in REST; GraphQL answers null for it, or leaves it out of a list.
 */
function relationValue(field: FieldExtension, value: unknown): unknown {
  if (field.hasMany) return Array.isArray(value) ? value.filter(isRecord) : []
  return isRecord(value) ? value : null
}

function complete(type: GraphQLOutputType, node: FieldNode, value: unknown, depth: number): unknown {
  if (isNonNullType(type)) {
    const inner = complete(type.ofType as GraphQLOutputType, node, value, depth)
    return inner === null ? DECLINE : inner
  }
  if (value === null || value === undefined) return null
  if (isListType(type)) {
    if (!Array.isArray(value)) return DECLINE
    const items = value.map((item) => complete(type.ofType as GraphQLOutputType, node, item, depth))
    return items.includes(DECLINE) ? DECLINE : items
  }
  if (isLeafType(type)) {
    try {
      const serialized: unknown = type.serialize(value)
      return serialized === null || serialized === undefined ? DECLINE : serialized
    } catch {
      return DECLINE
    }
  }
  if (isObjectType(type) && isRecord(value)) return project(type, node.selectionSet, value, depth)
  // Unions and interfaces (polymorphic relations, blocks) are left to Payload.
  return DECLINE
}

/** The selected fields of one object, in the order asked, as graphql-js completes them. */
function project(
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode | undefined,
  source: Record<string, unknown>,
  depth: number,
): unknown {
  const out: Record<string, unknown> = {}
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) return DECLINE
    const key = selection.alias?.value ?? selection.name.value
    if (key in out) return DECLINE
    if (selection.name.value === '__typename') {
      out[key] = type.name
      continue
    }
    const def = type.getFields()[selection.name.value]
    if (!def || selection.arguments?.length) return DECLINE
    const field = extensionOf(def)
    const raw = source[field?.name ?? selection.name.value]
    let value: unknown
    if (isRelation(field)) {
      if (Array.isArray(field!.relationTo) || field!.maxDepth !== undefined || depth < 1) return DECLINE
      value = complete(def.type, selection, relationValue(field!, raw), depth - 1)
    } else if (field?.type === 'group') {
      // Payload's group resolver answers an object even for an empty group.
      value = complete(def.type, selection, { ...(isRecord(raw) ? raw : {}), _id: source._id ?? source.id }, depth)
    } else if (def.resolve && !(field?.name !== def.name && isLeafType(getNamedType(def.type)))) {
      // Rich text, joins, tabs: resolvers that read more than the stored answer holds.
      return DECLINE
    } else value = complete(def.type, selection, raw, depth)
    if (value === DECLINE) return DECLINE
    out[key] = value
  }
  return out
}

const MAX_PLANS = 500

/** Parsed and validated queries, by text and variables: a front-end sends the same few again and again. */
export class GraphqlPlanner {
  private readonly plans = new Map<string, RootField | null>()

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: ValidationRules,
  ) {}

  /** The query's one root field, when the query is one this module can answer; otherwise undefined. */
  rootField(request: GraphqlRequest): RootField | undefined {
    const { query, variables, operationName } = request
    if (typeof query !== 'string') return undefined
    if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined
    const key = JSON.stringify([query, variables ?? null, operationName ?? null])
    let plan = this.plans.get(key)
    if (plan === undefined) {
      plan = this.plan(query, variables ?? undefined, operationName ?? undefined) ?? null
      if (this.plans.size >= MAX_PLANS) this.plans.delete(this.plans.keys().next().value!)
      this.plans.set(key, plan)
    }
    return plan ?? undefined
  }

  private plan(query: string, variables?: Record<string, unknown>, operationName?: string): RootField | undefined {
    let document: DocumentNode
    try {
      document = parse(query)
    } catch {
      return undefined
    }
    const operation = getOperationAST(document, operationName)
    if (!operation || operation.operation !== 'query' || operation.directives?.length) return undefined
    if (document.definitions.length !== 1 || !plain(operation.selectionSet)) return undefined
    // Without a request: a rule that finds a fault words it in the request's language, and may throw
    // here for want of one; a fault is all the planner needs to know.
    const rules = [...specifiedRules, ...this.rules({ document, variableValues: variables, contextValue: {} })]
    try {
      if (validate(this.schema, document, rules).length) return undefined
    } catch {
      return undefined
    }
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables ?? {})
    if (coerced.errors || operation.selectionSet.selections.length !== 1) return undefined
    const node = operation.selectionSet.selections[0] as FieldNode
    const queryType = this.schema.getQueryType()!
    const def = queryType.getFields()[node.name.value]
    if (!def) return undefined
    const args = getArgumentValues(def, node, coerced.coerced)
    const responseKey = node.alias?.value ?? node.name.value
    return {
      name: node.name.value,
      args,
      fields: (node.selectionSet?.selections ?? []).map((selection) => (selection as FieldNode).name.value),
      answer: (value, relationDepth) => {
        const data = complete(def.type, node, value, relationDepth)
        return data === DECLINE ? undefined : JSON.stringify({ data: { [responseKey]: data } })
      },
    }
  }
}
