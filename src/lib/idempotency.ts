import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Idempotent creation with `Idempotency-Key` (Stripe's semantics): the first request with a key is
 * carried out and its answer kept for a day; the same key with the same request gets that answer
 * again, without a second creation; the same key with another request is refused.
 */

/** Where keys and their answers are kept: Payload's key-value collection, so every instance agrees. */
export const KEY_STORE = 'payload-kv'

export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000
/** A request still unanswered after this long died with its process: its key may be taken over. */
export const PENDING_TIMEOUT_MS = 60 * 1000

export type Stored =
  | { state: 'pending'; fingerprint: string; at: number }
  | { state: 'done'; fingerprint: string; at: number; status: number; contentType: string; body: string }

export type Decision =
  | { kind: 'replay'; status: number; contentType: string; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' }
  | { kind: 'take-over' }

/** What to do with a request whose key is already stored. */
export function decide(stored: Stored, fingerprint: string, now: number): Decision {
  if (now - stored.at > KEY_LIFETIME_MS) return { kind: 'take-over' }
  if (stored.fingerprint !== fingerprint) return { kind: 'mismatch' }
  if (stored.state === 'done')
    return { kind: 'replay', status: stored.status, contentType: stored.contentType, body: stored.body }
  return now - stored.at > PENDING_TIMEOUT_MS ? { kind: 'take-over' } : { kind: 'in-flight' }
}

/** Answers worth keeping: a success or a definite refusal. A conflict, a rate limit or a fault may go another way next time. */
export const keepsAnswer = (status: number) => status < 500 && status !== 409 && status !== 429

/** A key is 1–255 printable ASCII characters. */
export const validKey = (key: string) => /^[\x21-\x7e]{1,255}$/.test(key)

/**
 * The key a creation runs under, from the server in front to the operation that creates. The
 * creation writes its answer under the key in its own transaction, so that a process dying after
 * the commit, before the answer is kept, leaves a replayable answer rather than a pending key.
 */
export type Slot = {
  key: string
  fingerprint: string
  at: number
  /** The collection whose create route answers; null when an endpoint of our own answers. */
  collection: string | null
  /** Creations nested in this one (a hook creating a document of the same collection) are not the answer. */
  depth: number
  written: boolean
}

export const creationSlot = new AsyncLocalStorage<Slot>()
