export type SmtpOptions = {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
  ignoreTLS?: boolean
  requireTLS?: boolean
}

/**
 * `SMTP_URL` → transport options. `smtp://` (STARTTLS when offered, port 587 by default) or
 * `smtps://` (TLS from the start, port 465); credentials in the URL; `?ignoreTLS=true` or
 * `?requireTLS=true` for servers that need it said.
 */
export function parseSmtpUrl(value: string): SmtpOptions {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587 (got "${value}").`)
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got "${url.protocol}//").`)
  }
  const secure = url.protocol === 'smtps:'
  const options: SmtpOptions = { host: url.hostname, port: Number(url.port || (secure ? 465 : 587)), secure }
  if (url.username) options.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
  if (url.searchParams.get('ignoreTLS') === 'true') options.ignoreTLS = true
  if (url.searchParams.get('requireTLS') === 'true') options.requireTLS = true
  return options
}

/** "Name <address>" → its parts; a bare address keeps a default name. */
export function parseSender(
  value: string | undefined,
  fallback: { name: string; address: string },
): { name: string; address: string } {
  if (!value?.trim()) return fallback
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value)
  if (match) return { name: match[1].replace(/^"|"$/g, '') || fallback.name, address: match[2] }
  return { name: fallback.name, address: value.trim() }
}
