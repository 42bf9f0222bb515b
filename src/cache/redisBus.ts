import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'

import type { Generation } from './generation'
import { redisClient } from './redis'

type Log = { warn: (message: string) => void }

/**
 * With Redis, the generation is a counter (INCR) and each change is announced on a channel. Every
 * instance applies the announcement to its own copy of the generation and acknowledges it; the
 * writer waits for all acknowledgements (bounded) before its change is reported done, so the next
 * request to any instance already sees the new generation, without a Redis round trip per read.
 * While its subscription is down an instance cannot hear announcements and serves uncached.
 */
export class RedisBus implements Generation {
  private readonly commands: Redis
  private readonly subscriber: Redis
  private generation: number | null = null
  // The highest generation announced so far, kept while unsynchronised too, so that an announcement
  // that overtakes the resynchronising GET is not lost.
  private announced = 0
  private readonly acks = new Map<string, { received: number; needed?: number; done: () => void }>()
  private readonly ready: Promise<void>
  private closed = false

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly log: Log,
    private readonly ackTimeoutMs = 2000,
  ) {
    this.commands = redisClient(url, 'commands')
    this.subscriber = redisClient(url, 'subscriber')
    this.subscriber.on('message', (channel: string, message: string) => this.onMessage(channel, message))
    // Disconnected, announcements may be missed: forget the generation until resynchronised.
    this.subscriber.on('close', () => (this.generation = null))
    this.subscriber.on('ready', () => void this.resync())
    this.ready = this.subscriber.subscribe(this.channel('invalidate'), this.channel('ack')).then(() => this.resync())
  }

  private channel(name: string) {
    return `${this.prefix}cache:${name}`
  }

  private async resync(): Promise<void> {
    try {
      const stored = Number((await this.commands.get(this.channel('generation'))) ?? 0)
      this.generation = Math.max(this.generation ?? 0, stored, this.announced)
    } catch {
      this.generation = null
      if (!this.closed) setTimeout(() => void this.resync(), 1000).unref()
    }
  }

  private onMessage(channel: string, message: string): void {
    if (channel === this.channel('ack')) {
      const waiting = this.acks.get(message)
      if (waiting && ++waiting.received >= (waiting.needed ?? Number.POSITIVE_INFINITY)) waiting.done()
      return
    }
    const { generation, id } = JSON.parse(message) as { generation: number; id: string }
    this.announced = Math.max(this.announced, generation)
    if (this.generation !== null) this.generation = Math.max(this.generation, generation)
    void this.commands.publish(this.channel('ack'), id).catch(() => {})
  }

  async current(): Promise<string | null> {
    return this.generation === null ? null : String(this.generation)
  }

  /** A change has been committed: a new generation, applied by every instance before this resolves. */
  async announce(): Promise<void> {
    await this.ready
    const generation = await this.commands.incr(this.channel('generation'))
    const id = randomUUID()
    let done!: () => void
    const acknowledged = new Promise<void>((resolve) => (done = resolve))
    const entry: { received: number; needed?: number; done: () => void } = { received: 0, done }
    this.acks.set(id, entry)
    const receivers = await this.commands.publish(this.channel('invalidate'), JSON.stringify({ generation, id }))
    // Acknowledgements may have arrived before PUBLISH answered with the number of receivers.
    entry.needed = receivers
    if (entry.received >= receivers) done()
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), this.ackTimeoutMs)))
    if (await Promise.race([acknowledged.then(() => false), timedOut])) {
      this.log.warn(`cache invalidation: ${receivers - entry.received} of ${receivers} instances did not acknowledge generation ${generation} within ${this.ackTimeoutMs} ms`)
    }
    clearTimeout(timer)
    this.acks.delete(id)
  }

  async close(): Promise<void> {
    this.closed = true
    for (const { done } of this.acks.values()) done()
  }
}

const buses = new Map<string, RedisBus>()

export function redisBus(url: string, prefix: string, log: Log, ackTimeoutMs?: number): RedisBus {
  const key = `${prefix} ${url}`
  let bus = buses.get(key)
  if (!bus) buses.set(key, (bus = new RedisBus(url, prefix, log, ackTimeoutMs)))
  return bus
}

export function forgetRedisBuses(): void {
  for (const bus of buses.values()) void bus.close()
  buses.clear()
}
