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
import ipaddr from 'ipaddr.js'
import { Agent, fetch as undiciFetch } from 'undici'

import { inEnglish, type OutboundProblem } from '../i18n/outbound'

/** An address refused; `problem` says why in a form the i18n can word, the message in English for records. */
export class DestinationRefused extends Error {
  readonly code = 'DESTINATION_REFUSED'
  override name = 'DestinationRefused'
  constructor(readonly problem: OutboundProblem) {
    super(inEnglish(problem))
  }
}

export type Lookup = (host: string) => Promise<string[]>

export type DestinationOptions = {
  allowPrivate: boolean
  lookup?: Lookup
  /** Origins (scheme, host, port) trusted even when private: the platform's own site receiver. */
  allowOrigins?: string[]
}

export function checkDestinationUrl(value: string): OutboundProblem | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { key: 'urlNotAbsolute' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { key: 'urlScheme', vars: { protocol: url.protocol } }
  if (url.username || url.password) return { key: 'urlCredentials' }
  if (!url.hostname) return { key: 'urlNoHost' }
  return null
}

/** Where an IPv6 address carries an IPv4 one (and reaches it): the 16-bit groups that hold it. */
const EMBEDDED_V4: Partial<Record<string, [number, number]>> = {
  ipv4Mapped: [6, 7], // ::ffff:0:0/96
  rfc6145: [6, 7], // ::ffff:0:0:0/96, SIIT
  rfc6052: [6, 7], // 64:ff9b::/96, NAT64
  '6to4': [1, 2], // 2002::/16: 2002:AABB:CCDD::/48 is relayed to AA.BB.CC.DD
}

const fromGroups = (high: number, low: number) => ipaddr.fromByteArray([high >> 8, high & 0xff, low >> 8, low & 0xff])

/**
 * Only ordinary unicast is public (ipaddr.js's ranges: private, loopback, link-local, CGNAT, reserved,
 * multicast, unique local… are not); an IPv6 address that stands for an IPv4 one is judged by that one,
 * and Teredo, whose far end cannot be known, is refused.
 */
function isPublic(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  if (address.kind() === 'ipv4') return address.range() === 'unicast'
  const v6 = address as ipaddr.IPv6
  const range = v6.range()
  const embedded = EMBEDDED_V4[range]
  if (embedded) return isPublic(fromGroups(v6.parts[embedded[0]], v6.parts[embedded[1]]))
  // The deprecated IPv4-compatible ::/96 (::7f00:1 is 127.0.0.1) is "unicast" to ipaddr.js.
  if (v6.parts.slice(0, 6).every((part) => part === 0)) return isPublic(fromGroups(v6.parts[6], v6.parts[7]))
  return range === 'unicast'
}

/** Fails closed: anything that is not an IP address counts as private. */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '')
  // Only the standard notations (not "127.1" or octal), as the connection itself would take them.
  if (!isIP(bare.replace(/%.*$/, ''))) return true
  return !isPublic(ipaddr.parse(bare))
}

const defaultLookup: Lookup = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((entry) => entry.address)

const trustedHostnames = (options: DestinationOptions) =>
  new Set((options.allowOrigins ?? []).map((origin) => new URL(origin).hostname.replace(/^\[|\]$/g, '')))

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void

/** A connection pool whose DNS answers go through the same address check as the request. */
function checkedAgent(options: DestinationOptions): Agent {
  const resolve = options.lookup ?? defaultLookup
  const trusted = trustedHostnames(options)
  const lookup = (hostname: string, lookupOptions: { all?: boolean }, callback: LookupCallback) => {
    resolve(hostname).then(
      (addresses) => {
        const bad = trusted.has(hostname) ? undefined : addresses.find(isPrivateAddress)
        if (bad)
          return callback(new DestinationRefused({ key: 'hostRebound', vars: { host: hostname, address: bad } }), [])
        if (addresses.length === 0)
          return callback(new DestinationRefused({ key: 'hostNoAddress', vars: { host: hostname } }), [])
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
  const host = parsed.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host)))
    throw new DestinationRefused({ key: 'hostPrivate', vars: { host } })
  if (isIP(host)) return
  // DNS errors propagate unchanged: a temporary failure (EAI_AGAIN) is worth a retry.
  const addresses = await (options.lookup ?? defaultLookup)(host)
  if (addresses.length === 0) throw new DestinationRefused({ key: 'hostNoAddress', vars: { host } })
  const bad = addresses.find(isPrivateAddress)
  if (bad) throw new DestinationRefused({ key: 'hostResolvesPrivate', vars: { host, address: bad } })
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
        throw new DestinationRefused({
          key: 'tooManyRedirects',
          vars: { host: new URL(request.url).host, max: maxRedirects },
        })
      }
      const next = new URL(location, url)
      if (
        response.status === 303
          ? method !== 'HEAD'
          : (response.status === 301 || response.status === 302) && method === 'POST'
      ) {
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
