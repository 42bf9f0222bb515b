/**
 * Error text from a receiver or a scheduler is shown to the newsroom and stored with the delivery;
 * it may echo our own credentials back (a 401 page quoting the Authorization header, a URL with a
 * token), so everything stored goes through here first.
 */
const MAX_LENGTH = 200
const MASK = '[redacted]'

function variants(secret: string): string[] {
  const found = new Set([secret])
  if (secret.startsWith('whsec_') && secret.length > 'whsec_'.length) found.add(secret.slice('whsec_'.length))
  for (const value of [...found]) {
    found.add(encodeURIComponent(value))
    found.add(JSON.stringify(value).slice(1, -1))
  }
  return [...found]
}

export function redact(text: string, secrets: string[]): string {
  // Longest first, so a secret that contains another is not left half-masked.
  const targets = secrets
    .filter((s) => s !== '')
    .flatMap(variants)
    .sort((a, b) => b.length - a.length)
  let out = text
  for (const target of targets) out = out.split(target).join(MASK)
  out = out
    .replace(/(authorization["']?\s*[:=]\s*["']?)[^"'\r\n,;}]+/gi, `$1${MASK}`)
    .replace(/\bBearer\s+(?!\[redacted\])[^\s"',;}]+/gi, `Bearer ${MASK}`)
    .replace(/\s+/g, ' ')
    .trim()
  const chars = Array.from(out)
  return chars.length <= MAX_LENGTH ? out : chars.slice(0, MAX_LENGTH - 1).join('') + '…'
}
