import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'

import type { Change, ChangeFeed } from './changeFeed'
import { redisClient } from './redis'

type Log = { warn: (message: string) => void }

/**
 * With Redis, each committed change is announced on a channel with its tags. Every instance drops
 * the answers it makes stale and acknowledges; the writer waits for all acknowledgements (bounded)
 * before its change is reported done, so the next request to any instance already sees it, without
 * a Redis round trip per read. While its subscription is down an instance cannot hear
 * announcements: it serves uncached, and starts afresh once subscribed again.
 */
export class RedisBus implements ChangeFeed {
  private readonly commands: Redis
  private readonly subscriber: Redis
  private subscribed = false
  private readonly listeners: ((change: Change) => void)[] = []
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
    this.subscriber.on('close', () => (this.subscribed = false))
    // ioredis subscribes again by itself after a reconnection; what was announced meanwhile is lost.
    this.subscriber.on('ready', () => this.resubscribed())
    this.ready = this.subscriber
      .subscribe(this.channel('invalidate'), this.channel('ack'))
      .then(() => this.resubscribed())
  }

  private channel(name: string) {
    return `${this.prefix}cache:${name}`
  }

  private resubscribed(): void {
    if (this.closed) return
    this.emit('all')
    this.subscribed = true
  }

  private emit(change: Change): void {
    for (const listener of this.listeners) listener(change)
  }

  private onMessage(channel: string, message: string): void {
    if (channel === this.channel('ack')) {
      const waiting = this.acks.get(message)
      if (waiting && ++waiting.received >= (waiting.needed ?? Number.POSITIVE_INFINITY)) waiting.done()
      return
    }
    const { tags, id } = JSON.parse(message) as { tags: string[]; id: string }
    this.emit(tags)
    void this.commands.publish(this.channel('ack'), id).catch(() => {})
  }

  async sync(): Promise<boolean> {
    return this.subscribed
  }

  listen(listener: (change: Change) => void): void {
    this.listeners.push(listener)
  }

  /** A change has been committed: every instance drops what it makes stale before this resolves. */
  async announce(tags: string[]): Promise<void> {
    await this.ready
    const id = randomUUID()
    let done!: () => void
    const acknowledged = new Promise<void>((resolve) => (done = resolve))
    const entry: { received: number; needed?: number; done: () => void } = { received: 0, done }
    this.acks.set(id, entry)
    const receivers = await this.commands.publish(this.channel('invalidate'), JSON.stringify({ tags, id }))
    // Acknowledgements may have arrived before PUBLISH answered with the number of receivers.
    entry.needed = receivers
    if (entry.received >= receivers) done()
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), this.ackTimeoutMs)))
    if (await Promise.race([acknowledged.then(() => false), timedOut])) {
      this.log.warn(
        `cache invalidation: ${receivers - entry.received} of ${receivers} instances did not acknowledge change ${id} within ${this.ackTimeoutMs} ms`,
      )
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
