/**
 * `CORS_ORIGINS`: the front-ends allowed to call the API from a browser, comma-separated
 * (`https://www.example.fr,https://app.example.fr`), or `*` for any site without credentials.
 * A value that is not an origin stops start-up, naming it.
 */
export function parseCorsOrigins(value: string | undefined): string[] | '*' {
  if (!value?.trim()) return []
  if (value.trim() === '*') return '*'
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL
      try {
        url = new URL(entry)
      } catch {
        throw new Error(`CORS_ORIGINS: "${entry}" is not an origin (expected https://host[:port]).`)
      }
      if (url.origin !== entry.replace(/\/$/, '') || !/^https?:$/.test(url.protocol)) {
        throw new Error(`CORS_ORIGINS: "${entry}" is not an origin (scheme, host and port only, e.g. ${url.origin}).`)
      }
      return url.origin
    })
}

/** Origins whose cookies may authenticate a request (Payload's CSRF list); `*` would defeat it. */
export const csrfOrigins = (origins: string[] | '*'): string[] => (origins === '*' ? [] : origins)
