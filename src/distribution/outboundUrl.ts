/**
 * SSRF defence: destination URLs are typed by editors, so without a check a webhook could be aimed
 * at the server's own admin port, the database or the cloud metadata service (169.254.169.254).
 *
 * The name is checked twice: before the request, for a clear refusal, and again by the connection's
 * own DNS lookup, so that a DNS server answering a public address to the check and a private one to
 * the connection (rebinding) still cannot reach inside.
 */
import { lookup as dnsLookup } from 'node:dns/promises'
import type { LookupAddress } from 'node:dns'
import { isIP } from 'node:net'
import { Agent, fetch as undiciFetch } from 'undici'

export class DestinationRefused extends Error {
  readonly code = 'DESTINATION_REFUSED'
  override name = 'DestinationRefused'
}

export type Lookup = (host: string) => Promise<string[]>

export type DestinationOptions = {
  allowPrivate: boolean
  lookup?: Lookup
  /** Origins (scheme, host, port) trusted even when private: the platform's own site receiver. */
  allowOrigins?: string[]
}

export function checkDestinationUrl(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'The destination is not a valid absolute URL (it should start with https://).'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `Only http: and https: destinations are allowed (got ${url.protocol}).`
  }
  if (url.username || url.password) {
    return 'The destination URL must not contain a user name or password; put credentials in the secret instead.'
  }
  if (!url.hostname) return 'The destination URL has no host name.'
  return null
}

function parseIPv4(ip: string): number[] | null {
  if (isIP(ip) !== 4) return null
  return ip.split('.').map(Number)
}

/** Eight 16-bit groups, with an embedded dotted IPv4 tail converted. */
function parseIPv6(ip: string): number[] | null {
  const address = ip.replace(/%.*$/, '')
  if (isIP(address) !== 6) return null
  let text = address
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (v4) {
    const [a, b, c, d] = parseIPv4(v4[1])!
    text = text.slice(0, v4.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null]
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  const missing = 8 - headGroups.length - tailGroups.length
  const groups = tail === null ? headGroups : [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups]
  return groups.map((g) => parseInt(g, 16))
}

const inV4 = (ip: number[], prefix: number[], bits: number) => {
  const value = (ip[0] << 24) | (ip[1] << 16) | (ip[2] << 8) | ip[3]
  const base = (prefix[0] << 24) | (prefix[1] << 16) | (prefix[2] << 8) | prefix[3]
  const mask = bits === 0 ? 0 : ~0 << (32 - bits)
  return ((value ^ base) & mask) === 0
}

const PRIVATE_V4: Array<[number[], number]> = [
  [[0, 0, 0, 0], 8],
  [[10, 0, 0, 0], 8],
  [[100, 64, 0, 0], 10],
  [[127, 0, 0, 0], 8],
  [[169, 254, 0, 0], 16],
  [[172, 16, 0, 0], 12],
  [[192, 0, 0, 0], 24],
  [[192, 168, 0, 0], 16],
  [[198, 18, 0, 0], 15],
  [[224, 0, 0, 0], 3], // multicast (224/4) and reserved (240/4) up to 255.255.255.255
]

function isPrivateV4(ip: number[]): boolean {
  return PRIVATE_V4.some(([prefix, bits]) => inV4(ip, prefix, bits))
}

function isPrivateV6(g: number[]): boolean {
  const embeddedV4 = [g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff]
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0)
  // ::/96 (incl. :: and ::1) and ::ffff:0:0/96 reach IPv4; 64:ff9b::/96 is NAT64 to IPv4.
  if (zeros(0, 5) && (g[5] === 0 || g[5] === 0xffff)) return isPrivateV4(embeddedV4)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return isPrivateV4(embeddedV4)
  return (
    (g[0] & 0xfe00) === 0xfc00 || // unique local, incl. fd00:ec2::254 (AWS metadata)
    (g[0] & 0xff80) === 0xfe80 || // link-local fe80::/10 and the old site-local fec0::/10
    (g[0] & 0xff00) === 0xff00 // multicast
  )
}

/** Fails closed: anything that is not an IP address counts as private. */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '')
  const v4 = parseIPv4(bare)
  if (v4) return isPrivateV4(v4)
  const v6 = parseIPv6(bare)
  return v6 ? isPrivateV6(v6) : true
}

const HINT = 'destinations must be public (set ALLOW_PRIVATE_DESTINATIONS=true to allow)'

const defaultLookup: Lookup = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((entry) => entry.address)

const trustedHostnames = (options: DestinationOptions) => new Set((options.allowOrigins ?? []).map((origin) => new URL(origin).hostname.replace(/^\[|\]$/g, '')))

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void

/** A connection pool whose DNS answers go through the same address check as the request. */
function checkedAgent(options: DestinationOptions): Agent {
  const resolve = options.lookup ?? defaultLookup
  const trusted = trustedHostnames(options)
  const lookup = (hostname: string, lookupOptions: { all?: boolean }, callback: LookupCallback) => {
    resolve(hostname).then(
      (addresses) => {
        const bad = trusted.has(hostname) ? undefined : addresses.find(isPrivateAddress)
        if (bad) return callback(new DestinationRefused(`${hostname} now resolves to ${bad}, a loopback/private address; ${HINT}`), [])
        if (addresses.length === 0) return callback(new DestinationRefused(`${hostname} resolves to no address.`), [])
        const entries = addresses.map((address) => ({ address, family: isIP(address) }))
        if (lookupOptions.all) callback(null, entries)
        else callback(null, entries[0].address, entries[0].family)
      },
      (error: Error) => callback(error, []),
    )
  }
  return new Agent({ connect: { lookup } as object })
}

// One pool per set of trusted origins, reused by every delivery; a test's own lookup gets its own.
const agents = new Map<string, Agent>()
function agentFor(options: DestinationOptions): Agent {
  if (options.lookup) return checkedAgent(options)
  const key = (options.allowOrigins ?? []).join(' ')
  let agent = agents.get(key)
  if (!agent) agents.set(key, (agent = checkedAgent(options)))
  return agent
}

export async function assertPublicDestination(url: string, options: DestinationOptions): Promise<void> {
  const problem = checkDestinationUrl(url)
  if (problem) throw new DestinationRefused(problem)
  if (options.allowPrivate) return
  const parsed = new URL(url)
  if ((options.allowOrigins ?? []).some((allowed) => new URL(allowed).origin === parsed.origin)) return
  const host = parsed.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost')) {
    throw new DestinationRefused(`${host} is a loopback/private address; ${HINT}`)
  }
  if (isIP(host)) {
    if (isPrivateAddress(host)) throw new DestinationRefused(`${host} is a loopback/private address; ${HINT}`)
    return
  }
  // DNS errors propagate unchanged: a temporary failure (EAI_AGAIN) is worth a retry.
  const addresses = await (options.lookup ?? defaultLookup)(host)
  if (addresses.length === 0) throw new DestinationRefused(`${host} resolves to no address.`)
  const bad = addresses.find(isPrivateAddress)
  if (bad) throw new DestinationRefused(`${host} resolves to ${bad}, a loopback/private address; ${HINT}`)
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** What fetch drops when a redirect turns the request into a GET (Fetch standard, "request-body-header name"). */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']
/** What fetch drops when a redirect leaves the origin, so a scheduler's token is not handed to a third party. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization']

/**
 * fetch with every hop checked: following redirects ourselves is the only way to see, and refuse,
 * a public receiver that answers "302 Location: http://169.254.169.254/".
 */
export function guardedFetch(options: DestinationOptions & { maxRedirects?: number }): typeof fetch {
  const maxRedirects = options.maxRedirects ?? 3
  const send = options.allowPrivate ? fetch : checkedFetch(agentFor(options))
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    let url = new URL(request.url)
    let method = request.method
    const headers = new Headers(request.headers)
    let body: ArrayBuffer | undefined = request.body ? await request.arrayBuffer() : undefined
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined)

    for (let hop = 0; ; hop += 1) {
      await assertPublicDestination(url.href, options)
      const response = await send(url, { method, headers, body, signal, redirect: 'manual' })
      const location = response.headers.get('location')
      if (!REDIRECTS.has(response.status) || location === null) return response
      // Free the connection: the redirect's own body is never read.
      await response.body?.cancel().catch(() => undefined)
      if (hop >= maxRedirects) {
        throw new DestinationRefused(`${new URL(request.url).host} redirects more than ${maxRedirects} times; giving up.`)
      }
      const next = new URL(location, url)
      if (response.status === 303 ? method !== 'HEAD' : (response.status === 301 || response.status === 302) && method === 'POST') {
        method = 'GET'
        body = undefined
        for (const name of BODY_HEADERS) headers.delete(name)
      }
      if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) headers.delete(name)
      url = next
    }
  }
}

/** fetch through the checked pool; a refusal by the connection's lookup comes out as itself. */
function checkedFetch(dispatcher: Agent): typeof fetch {
  return async (input, init) => {
    try {
      // undici's own fetch, since the one built into Node may be another undici than the pool's.
      return (await undiciFetch(input as never, { ...(init as object), dispatcher } as never)) as unknown as Response
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause
      throw cause instanceof DestinationRefused ? cause : error
    }
  }
}
