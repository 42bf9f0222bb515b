/** A whole number from the environment, or the default when unset; a malformed value stops start-up with its name. */
export function positiveInteger(value: string | undefined, fallback: number, name = 'value'): number {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}".`)
  return parsed
}

/** Seconds, minutes, counts: the same rule, named after the variable so the error says which. */
export const intFromEnv = (env: NodeJS.ProcessEnv, name: string, fallback: number) =>
  positiveInteger(env[name], fallback, name)
