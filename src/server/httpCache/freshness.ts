import type { Generation } from '../../cache/generation'
import { now } from '../../lib/clock'

export type Ticket = { epoch: number }

/**
 * Decides whether cached responses are still good, and empties the store when they are not: when
 * the content generation changes, and when the next embargo among published pieces ends (the
 * moment a hidden piece appears for the public). Each emptying opens a new epoch; a response
 * computed during an older epoch is never stored.
 */
export class Freshness {
  private generation: string | null = null
  private epoch = 0
  private embargoEnd = Number.NEGATIVE_INFINITY
  private computedAt = 0
  private refreshing?: Promise<void>

  constructor(
    private readonly source: Generation,
    private readonly nextEmbargoEnd: () => Promise<number>,
    private readonly onEmpty: () => void,
  ) {}

  /** A ticket to read and fill the cache, or null to serve uncached. */
  async ticket(): Promise<Ticket | null> {
    const generation = await this.source.current()
    if (generation === null) return null
    if (generation !== this.generation) {
      this.generation = generation
      await this.refresh(true)
    }
    const at = now().getTime()
    // A clock moved backwards (only tests do) would make later answers look valid too early.
    if (at >= this.embargoEnd || at < this.computedAt) await this.refresh(false)
    return this.valid({ epoch: this.epoch }) ? { epoch: this.epoch } : null
  }

  valid(ticket: Ticket): boolean {
    const at = now().getTime()
    return ticket.epoch === this.epoch && at < this.embargoEnd && at >= this.computedAt
  }

  /** Seconds until the next embargo ends, for the shared caches' lifetime; Infinity when none runs. */
  secondsToEmbargoEnd(): number {
    return Math.max(0, Math.floor((this.embargoEnd - now().getTime()) / 1000))
  }

  private async refresh(force: boolean): Promise<void> {
    if (this.refreshing && !force) return this.refreshing
    const epoch = ++this.epoch
    this.onEmpty()
    const startedAt = now().getTime()
    const run = this.nextEmbargoEnd().then(
      (end) => {
        if (this.epoch !== epoch) return
        this.embargoEnd = end
        this.computedAt = startedAt
      },
      () => {
        // Unknown: nothing may be cached until a later request computes it.
        if (this.epoch === epoch) this.embargoEnd = Number.NEGATIVE_INFINITY
      },
    )
    this.refreshing = run.finally(() => {
      if (this.refreshing === tracked) this.refreshing = undefined
    })
    const tracked = this.refreshing
    return tracked
  }
}
