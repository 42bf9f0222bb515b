export const MIN_PASSWORD_LENGTH = 12

/** Returns what is wrong with a new password, or null when it is acceptable. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return 'The password must be a string.'
  // Count code points, not UTF-16 units, so an emoji is one character as the user sees it.
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long (it has ${length}).`
  }
  return null
}
