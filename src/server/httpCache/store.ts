export type CachedResponse = {
  status: number
  headers: [string, string][]
  body: Buffer
  etag: string
}

/**
 * Least recently used responses within a byte budget. Entries carry no generation of their own:
 * the whole store is emptied when the generation changes.
 */
export class ResponseStore {
  private readonly entries = new Map<string, CachedResponse>()
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
    this.bytes += size
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.body.length + key.length
  }

  clear(): void {
    this.entries.clear()
    this.bytes = 0
  }

  get size(): number {
    return this.entries.size
  }
}
