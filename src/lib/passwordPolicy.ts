export const MIN_PASSWORD_LENGTH = 12

export type PasswordProblem = { code: 'passwordNotText' } | { code: 'passwordTooShort'; min: number; length: number }

/** Returns what is wrong with a new password, or null when it is acceptable. */
export function passwordProblem(password: unknown): PasswordProblem | null {
  if (typeof password !== 'string') return { code: 'passwordNotText' }
  // Count code points, not UTF-16 units, so an emoji is one character as the user sees it.
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    return { code: 'passwordTooShort', min: MIN_PASSWORD_LENGTH, length }
  }
  return null
}
