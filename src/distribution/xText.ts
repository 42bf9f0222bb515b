/**
 * Character counting for social posts. X refuses a post over 280 *weighted* characters, so the
 * newsroom must see the count X will compute (twitter-text v3), not `text.length`.
 */
import type { Network } from './types'

export const SOCIAL_LIMITS: Record<Network, number> = { x: 280, facebook: 63206, linkedin: 3000 }

const NETWORK_NAMES: Record<Network, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' }

/** What X counts for any link: it rewrites every URL to a t.co link of this length. */
const URL_WEIGHT = 23
const EMOJI_WEIGHT = 2

// twitter-text's URL grammar, reduced. With a protocol any alphabetic TLD is accepted (twitter-text
// checks its ~1,500-entry list); without one, only common gTLDs and two-letter ccTLDs, as a bare
// `word.word` in prose should not become 23 characters.
const LATIN = '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff'
const CYRILLIC = '\\u0400-\\u04ff'
const BARE_GTLDS =
  'com|org|net|edu|gov|mil|int|info|biz|name|pro|mobi|asia|app|dev|news|blog|media|online|site|website|' +
  'tech|store|shop|xyz|club|live|life|world|today|cloud|page|link|email|studio|agency|press|social|' +
  'network|digital|global|group|team|space|one|top|art|museum|travel|jobs|paris|bzh|alsace|corsica|' +
  'brussels|berlin|london|nyc|cat|eus|gal|swiss'
const UNICODE_LABEL = '[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}_-]*[\\p{L}\\p{M}\\p{N}])?'
const TLD_END = '(?![a-z0-9@+\\-])'
const PROTOCOL_DOMAIN = `https?:\\/\\/(?:${UNICODE_LABEL}\\.)+(?:xn--[a-z0-9-]+|[a-z]{2,63})${TLD_END}`
const BARE_DOMAIN = `(?<![\\-_./])(?:[\\-a-z0-9${LATIN}]+\\.)+(?:${BARE_GTLDS}|xn--[a-z0-9-]+|[a-z]{2})${TLD_END}`
const PATH_CHAR = `[a-z0-9${CYRILLIC}${LATIN}!*';:=+,.$/%#\\[\\]\\-\\u2013_~@|&()]`
const QUERY_CHAR = "[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]"
const URL_PATTERN = new RegExp(
  `(?<![A-Za-z0-9@\\uFF20$#\\uFF03])(?:${PROTOCOL_DOMAIN}|${BARE_DOMAIN})(?::\\d{1,5})?` +
    `(?:\\/${PATH_CHAR}*)?(?:\\?${QUERY_CHAR}*)?`,
  'giu',
)
const DOMAIN_AND_PORT = new RegExp(`^(?:${PROTOCOL_DOMAIN}|${BARE_DOMAIN})(?::\\d{1,5})?`, 'iu')
const PATH_END = new RegExp(`[+\\-a-z0-9${CYRILLIC}${LATIN}=_#/]`, 'iu')
const QUERY_END = /[a-z0-9\-_&=#/]/i

/** So that "see https://example.com/a." does not swallow the full stop (twitter-text's ending rules). */
function trimUrlEnd(url: string): string {
  const pathStart = DOMAIN_AND_PORT.exec(url)?.[0].length ?? url.length
  const query = url.indexOf('?', pathStart)
  // A ")" may end the URL only when the parentheses before it balance (Wikipedia links).
  const depth: number[] = [0]
  const lowest: number[] = [0]
  for (let i = pathStart; i < url.length; i += 1) {
    const d = depth[depth.length - 1] + (url[i] === '(' ? 1 : url[i] === ')' ? -1 : 0)
    depth.push(d)
    lowest.push(Math.min(lowest[lowest.length - 1], d))
  }
  const balancedUpTo = (end: number) => depth[end - pathStart] === 0 && lowest[end - pathStart] >= 0
  let end = url.length
  while (end > pathStart) {
    const ch = url[end - 1]
    const inQuery = query !== -1 && query < end - 1
    if (inQuery ? QUERY_END.test(ch) : ch === ')' ? balancedUpTo(end) : ch !== '?' && PATH_END.test(ch)) break
    end -= 1
  }
  return url.slice(0, end)
}

const EMOJI_PART = '\\p{Extended_Pictographic}(?:[\\uFE0E\\uFE0F]|\\p{Emoji_Modifier})?(?:[\\u{E0020}-\\u{E007E}]+\\u{E007F})?'
const EMOJI_SEQUENCE = `\\p{Regional_Indicator}{2}|[0-9#*]\\uFE0F?\\u20E3|${EMOJI_PART}(?:\\u200D${EMOJI_PART})*`
const UNIT = new RegExp(`${EMOJI_SEQUENCE}|[\\s\\S]\\p{M}*`, 'gu')
const EMOJI_ONLY = new RegExp(`^(?:${EMOJI_SEQUENCE})$`, 'u')
const EMOJI_MARKER = /[\p{Emoji_Presentation}\p{Emoji_Modifier}\p{Regional_Indicator}\u20E3\uFE0F\u200D\u{E007F}]/u
/** Below U+00A9 (©, the first pictograph) nothing can be an emoji: a fast path for plain prose. */
const MAY_HOLD_EMOJI = /[^\u0000-\u00a8]/

const units = (text: string) => Array.from(text.matchAll(UNIT), (m) => m[0])

/** Shown as an emoji, it is one emoji for X whatever its length; `©` or `☺︎` alone is text. */
function isEmoji(unit: string): boolean {
  return EMOJI_ONLY.test(unit) && EMOJI_MARKER.test(unit) && !(unit.includes('\uFE0E') && !unit.includes('\u200D'))
}

function codePointWeight(cp: number): number {
  const light =
    cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037)
  return light ? 1 : 2
}

function plainWeight(text: string): number {
  if (!MAY_HOLD_EMOJI.test(text)) return text.length
  let total = 0
  for (const unit of units(text)) {
    if (isEmoji(unit)) total += EMOJI_WEIGHT
    else for (const ch of unit) total += codePointWeight(ch.codePointAt(0)!)
  }
  return total
}

export function weightedLength(text: string): number {
  const normalized = text.normalize('NFC')
  let total = 0
  let cursor = 0
  for (const match of normalized.matchAll(URL_PATTERN)) {
    const url = trimUrlEnd(match[0])
    if (!url) continue
    total += plainWeight(normalized.slice(cursor, match.index)) + URL_WEIGHT
    cursor = match.index + url.length
  }
  return total + plainWeight(normalized.slice(cursor))
}

export function socialLength(network: Network, text: string): number {
  return network === 'x' ? weightedLength(text) : [...text.normalize('NFC')].length
}

export function checkSocialText(
  network: Network,
  text: string,
): { network: Network; count: number; limit: number; message: string } | null {
  const count = socialLength(network, text)
  const limit = SOCIAL_LIMITS[network]
  if (count <= limit) return null
  const how = network === 'x' ? ' (weighted as X counts them)' : ''
  return { network, count, limit, message: `${NETWORK_NAMES[network]} text is ${count} characters${how}; the limit is ${limit}.` }
}

/** Below this, a shortened standfirst says nothing and is left out. */
const MIN_STANDFIRST_UNITS = 12

export function defaultSocialText(
  network: Network,
  item: { title: string; standfirst?: string | null; url: string },
): string {
  const fits = (text: string) => socialLength(network, text) <= SOCIAL_LIMITS[network]
  const compose = (...parts: string[]) => parts.filter(Boolean).join('\n\n')
  const title = item.title.trim()
  const standfirst = (item.standfirst ?? '').trim()
  const url = item.url.trim()

  if (standfirst) {
    const full = compose(title, standfirst, url)
    if (fits(full)) return full
    const short = shorten(standfirst, (s) => fits(compose(title, s, url)), MIN_STANDFIRST_UNITS)
    if (short) return compose(title, short, url)
  }
  const titleAndUrl = compose(title, url)
  if (fits(titleAndUrl) || !title) return titleAndUrl
  const shortTitle = shorten(title, (t) => fits(compose(t, url)), 1)
  return shortTitle ? compose(shortTitle, url) : url
}

/**
 * The longest prefix (whole units, so no emoji or accent is split) that fits once '…' is added, cut at a
 * word boundary when that does not lose more than a third of it. Null when fewer than `minKept`
 * units would remain.
 */
function shorten(text: string, fits: (candidate: string) => boolean, minKept: number): string | null {
  const parts = units(text)
  const cut = (n: number) => parts.slice(0, n).join('').trimEnd().replace(/[\s,;:\-–—]+$/u, '') + '…'
  if (parts.length <= minKept || !fits(cut(minKept))) return null
  // The count is not strictly monotonic (a half-cut URL may weigh less than 23), so keep the
  // invariant "lo fits" rather than assume it.
  let lo = minKept
  let hi = parts.length
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (fits(cut(mid))) lo = mid
    else hi = mid
  }
  for (let k = lo; k >= Math.max(minKept, Math.ceil((lo * 2) / 3)); k -= 1) {
    if (k < parts.length && /^\s+$/u.test(parts[k]) && fits(cut(k))) return cut(k)
  }
  return cut(lo)
}
