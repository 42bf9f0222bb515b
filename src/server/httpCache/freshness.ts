import type { Change, ChangeFeed } from '../../cache/changeFeed'
import type { EmbargoEnds } from '../../cache/embargo'
import { now } from '../../lib/clock'

export type Ticket = { seq: number }
type Target = { invalidate(tags: Iterable<string>): number; clear(): void }

// Changes remembered to check the answers computed while they happened; an answer older than all
// of them is not stored.
const REMEMBERED = 1024

/**
 * Decides which cached answers are still good: drops those a committed change made stale, and
 * those of the pieces whose embargo ends (they appear for the public with no write). Every change
 * is numbered; an answer computed while a change to one of its tags happened is never stored.
 */
export class Freshness {
  private seq = 0
  private resetAt = 0
  private readonly recent: { seq: number; tags: Set<string> }[] = []
  // Embargo ends up to `boundary` are applied; the next one is at `embargoEnd`.
  private boundary: number | null = null
  private embargoEnd = Number.NEGATIVE_INFINITY
  // A piece written since may carry a nearer embargo end.
  private embargoesChanged = false
  private refreshing?: Promise<void>

  constructor(
    private readonly feed: ChangeFeed,
    private readonly embargoEnds: EmbargoEnds,
    private readonly target: Target,
  ) {
    feed.listen((change) => this.apply(change))
  }

  apply(change: Change): void {
    const seq = ++this.seq
    if (change === 'all') {
      this.resetAt = seq
      this.recent.length = 0
      this.target.clear()
      return
    }
    if (change.some((tag) => tag.startsWith('list:'))) this.embargoesChanged = true
    this.recent.push({ seq, tags: new Set(change) })
    if (this.recent.length > REMEMBERED) this.recent.shift()
    this.target.invalidate(change)
  }

  /** A ticket to read and fill the cache, or null to serve uncached. */
  async ticket(): Promise<Ticket | null> {
    if (!(await this.feed.sync())) return null
    const at = now().getTime()
    if (this.boundary === null || this.embargoesChanged || at >= this.embargoEnd || at < this.boundary)
      await this.refresh()
    return now().getTime() < this.embargoEnd ? { seq: this.seq } : null
  }

  /** Whether an answer computed under the ticket, made of these tags, may be stored. */
  storable(ticket: Ticket, tags: readonly string[]): boolean {
    const at = now().getTime()
    if (ticket.seq < this.resetAt || at >= this.embargoEnd || (this.boundary !== null && at < this.boundary))
      return false
    if (ticket.seq < this.seq && (this.recent[0]?.seq ?? Number.POSITIVE_INFINITY) > ticket.seq + 1) return false
    return !this.recent.some((change) => change.seq > ticket.seq && tags.some((tag) => change.tags.has(tag)))
  }

  /** Seconds until the next embargo ends, for the shared caches' lifetime; Infinity when none runs. */
  secondsToEmbargoEnd(): number {
    return Math.max(0, Math.floor((this.embargoEnd - now().getTime()) / 1000))
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.applyEmbargoEnds().finally(() => (this.refreshing = undefined))
    return this.refreshing
  }

  private async applyEmbargoEnds(): Promise<void> {
    this.embargoesChanged = false
    const to = now().getTime()
    // The first time, and when the clock moved backwards (only tests do): start afresh.
    const from = this.boundary === null || to < this.boundary ? null : this.boundary
    try {
      const { ended, next } = await this.embargoEnds(from ?? to, to)
      if (from === null) this.apply('all')
      else if (ended.length) this.apply(ended)
      this.boundary = to
      this.embargoEnd = next
    } catch {
      // Unknown: nothing may be cached until a later request computes it.
      this.embargoEnd = Number.NEGATIVE_INFINITY
    }
  }
}
