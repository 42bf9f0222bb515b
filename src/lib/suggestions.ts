/**
 * graphql-js appends `Did you mean "x", "y"?` to validation and coercion errors, naming fields,
 * types, arguments and enum values close to what was asked: enough to rebuild a schema that
 * introspection hides. Without the hint the message still says what is wrong.
 */
export const withoutSuggestions = (message: string): string => message.replace(/\s*Did you mean [^?]*\?\s*$/s, '')
