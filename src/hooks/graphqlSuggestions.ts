import type { AfterErrorHook } from 'payload'

import { withoutSuggestions } from '../lib/suggestions'

/** Execution errors (a variable's value coerced to an enum) lose their "Did you mean …?" too, in production. */
export const graphqlSuggestions: AfterErrorHook = ({ graphqlResult }) => {
  if (!graphqlResult || process.env.NODE_ENV !== 'production') return
  const message = withoutSuggestions(graphqlResult.message)
  if (message !== graphqlResult.message) return { graphqlResult: { ...graphqlResult, message } }
}
