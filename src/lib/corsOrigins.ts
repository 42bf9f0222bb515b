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

/**
 * The pages whose requests may use the session cookie (Payload's CSRF list): the platform's own
 * origins and the front-ends of `CORS_ORIGINS`. Never empty, since an empty list turns Payload's
 * origin check off; `*` adds nothing, since any site at all would defeat it.
 */
export function csrfOrigins(origins: string[] | '*', env: NodeJS.ProcessEnv = process.env): string[] {
  return [...new Set([...ownOrigins(env), ...(origins === '*' ? [] : origins)])]
}

/** Without SERVER_URL the platform answers on this machine's port under any of its loopback names. */
function ownOrigins(env: NodeJS.ProcessEnv): string[] {
  const own = [env.SERVER_URL, env.SITE_URL]
    .filter((url): url is string => Boolean(url))
    .map((url) => new URL(url).origin)
  if (env.SERVER_URL) return own
  const port = env.PORT || '3000'
  return [...own, ...['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${port}`)]
}
