export type Mentionable<Id> = { id: Id; name?: string | null; email?: string | null }

/** Case- and accent-insensitive form, so "@helene" finds Hélène. */
const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const WORD = /[\p{L}\p{N}_]/u

/** The ways a person can be written after "@": full name (spaced, dotted, joined) or e-mail local part. */
function handles(user: Mentionable<unknown>): string[] {
  const keys: string[] = []
  const name = user.name?.trim()
  if (name) {
    const parts = name.split(/\s+/)
    keys.push(parts.join(' '), parts.join('.'), parts.join('_'), parts.join(''))
  }
  const local = user.email?.split('@')[0]
  if (local) keys.push(local)
  return [...new Set(keys.map(fold))]
}

/**
 * The users mentioned in a text. A mention is "@" at the start of a word followed by a user's
 * name or e-mail local part, ending where a word ends; the longest match wins, so "@Julien Moreau"
 * is Julien Moreau even when someone's local part is "julien". E-mail addresses are not mentions.
 */
export function findMentions<Id>(text: string, users: readonly Mentionable<Id>[]): Id[] {
  const folded = fold(text)
  const keyed = users.map((user) => ({ user, keys: handles(user) }))
  const found = new Set<Id>()
  for (let at = folded.indexOf('@'); at !== -1; at = folded.indexOf('@', at + 1)) {
    if (at > 0 && WORD.test(folded[at - 1])) continue
    const rest = folded.slice(at + 1)
    let best = 0
    let matches: Id[] = []
    for (const { user, keys } of keyed) {
      for (const key of keys) {
        if (!rest.startsWith(key) || (rest.length > key.length && WORD.test(rest[key.length]))) continue
        if (key.length > best) [best, matches] = [key.length, [user.id]]
        else if (key.length === best && !matches.includes(user.id)) matches.push(user.id)
      }
    }
    matches.forEach((id) => found.add(id))
  }
  return [...found]
}
