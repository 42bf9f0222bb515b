/**
 * Character counting for social posts. X refuses a post over 280 *weighted* characters, so the
 * newsroom must see the count X will compute (twitter-text v3), not `text.length`.
 */
import twitterText from 'twitter-text'

import type { Network } from './types'

export const SOCIAL_LIMITS: Record<Network, number> = { x: 280, facebook: 63206, linkedin: 3000 }

export const NETWORK_NAMES: Record<Network, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' }

/**
 * X's own counting (twitter-text v3: URLs weigh 23 as t.co links, emoji 2, CJK 2), from X's library
 * rather than a copy of its grammar: its TLD list and emoji tables move with each release.
 */
export function weightedLength(text: string): number {
  return twitterText.parseTweet(text).weightedLength
}

// The units a shortened text is cut between, so that no emoji sequence or accent is split. A regular
// expression rather than Intl.Segmenter, which takes seconds on a Facebook-length text in Node 20.
const EMOJI_PART =
  '\\p{Extended_Pictographic}(?:[\\uFE0E\\uFE0F]|\\p{Emoji_Modifier})?(?:[\\u{E0020}-\\u{E007E}]+\\u{E007F})?'
const EMOJI_SEQUENCE = `\\p{Regional_Indicator}{2}|[0-9#*]\\uFE0F?\\u20E3|${EMOJI_PART}(?:\\u200D${EMOJI_PART})*`
const UNIT = new RegExp(`${EMOJI_SEQUENCE}|[\\s\\S]\\p{M}*`, 'gu')
const units = (text: string) => Array.from(text.matchAll(UNIT), (m) => m[0])

export function socialLength(network: Network, text: string): number {
  return network === 'x' ? weightedLength(text) : [...text.normalize('NFC')].length
}

export function checkSocialText(
  network: Network,
  text: string,
): { network: Network; count: number; limit: number } | null {
  const count = socialLength(network, text)
  const limit = SOCIAL_LIMITS[network]
  if (count <= limit) return null
  return { network, count, limit }
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
  const cut = (n: number) =>
    parts
      .slice(0, n)
      .join('')
      .trimEnd()
      .replace(/[\s,;:\-–—]+$/u, '') + '…'
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
