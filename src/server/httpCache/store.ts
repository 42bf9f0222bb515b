export type CachedResponse = {
  status: number
  headers: [string, string][]
  body: Buffer
  etag: string
  /** What the answer was made of (see `src/cache/readTags.ts`): a change to any of them drops it. */
  tags: string[]
}

/**
 * Least recently used responses within a byte budget, indexed by tag so that a change drops only
 * the answers that read what changed.
 */
export class ResponseStore {
  private readonly entries = new Map<string, CachedResponse>()
  private readonly byTag = new Map<string, Set<string>>()
  private bytes = 0

  constructor(
    private readonly maxBytes: number,
    readonly maxEntryBytes: number,
  ) {}

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (entry) {
      // Re-inserting moves the key to the end of the Map's order: the most recently used.
      this.entries.delete(key)
      this.entries.set(key, entry)
    }
    return entry
  }

  set(key: string, entry: CachedResponse): void {
    const size = entry.body.length + key.length
    if (size > this.maxEntryBytes) return
    this.delete(key)
    this.entries.set(key, entry)
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag)
      if (!keys) this.byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    this.bytes += size
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
  }

  /** Drops every answer carrying one of the tags; returns how many went. */
  invalidate(tags: Iterable<string>): number {
    let dropped = 0
    for (const tag of tags) {
      for (const key of this.byTag.get(tag) ?? []) {
        if (this.entries.has(key)) dropped++
        this.delete(key)
      }
      this.byTag.delete(tag)
    }
    return dropped
  }

  private delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.body.length + key.length
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag)
      keys?.delete(key)
      if (keys && !keys.size) this.byTag.delete(tag)
    }
  }

  clear(): void {
    this.entries.clear()
    this.byTag.clear()
    this.bytes = 0
  }

  get size(): number {
    return this.entries.size
  }
}
