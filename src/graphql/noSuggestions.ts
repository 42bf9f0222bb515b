import { GraphQLError, type ValidationRule } from 'graphql'

import { withoutSuggestions } from '../lib/suggestions'

/**
 * A validation rule that reports nothing itself: it makes every other rule's report go without
 * its "Did you mean …?" hint (rules are all set up before the document is visited, so the
 * wrapped `reportError` is the one they call). Used in production, where introspection is off.
 */
export const noSuggestions: ValidationRule = (context) => {
  const report = context.reportError.bind(context)
  context.reportError = (error: GraphQLError) => {
    const message = withoutSuggestions(error.message)
    report(
      message === error.message
        ? error
        : new GraphQLError(message, {
            nodes: error.nodes,
            source: error.source,
            positions: error.positions,
            path: error.path,
            originalError: error.originalError,
            extensions: error.extensions,
          }),
    )
  }
  return {}
}
