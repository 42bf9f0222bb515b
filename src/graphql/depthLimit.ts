import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

/**
 * Refuses operations nested deeper than `maxDepth` fields, counting through fragments. Payload's
 * complexity limit prices each field, but a narrow query can still walk relationships back and
 * forth (article → topic → parent → …) and make one request fan out into many database reads.
 */
export type TooDeep = (vars: { name: string; depth: number; max: number }) => string

export function depthLimit(maxDepth: number, tooDeep: TooDeep): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!selectionSet) return 0
      let deepest = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          // Introspection fields (__typename, __schema) are answered without touching the database.
          if (selection.name.value.startsWith('__')) continue
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen))
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen))
        } else {
          const name = selection.name.value
          const fragment = context.getFragment(name)
          // A fragment that includes itself is reported by graphql's own NoFragmentCycles rule.
          if (!fragment || seen.has(name)) continue
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])))
        }
      }
      return deepest
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set())
        if (depth > maxDepth) {
          const name = node.name ? ` "${node.name.value}"` : ''
          context.reportError(new GraphQLError(tooDeep({ name, depth, max: maxDepth }), { nodes: [node] }))
        }
      },
    }
  }
}
