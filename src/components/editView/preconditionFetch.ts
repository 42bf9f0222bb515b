import { documentWriteKey } from '../../lib/documentWrites'
import { versionTime } from '../../lib/preconditions'

export type Conflict = { message: string }

const loaded = new Map<string, string>()
const inFlight = new Map<string, Promise<unknown>>()
const listeners = new Set<(conflict: Conflict) => void>()

/**
 * Keeps the newer of what is known and what arrives. A page drawn by the server may reach the browser
 * after a write of this tab has answered a later version (a refresh started before the write landed):
 * taking its tag would send the next write on a version already gone, and have it refused.
 */
function keepNewest(key: string, tag: string): void {
  const known = loaded.get(key)
  const [was, now] = [known ? versionTime(known) : null, versionTime(tag)]
  if (was !== null && now !== null && now < was) return
  loaded.set(key, tag)
}

/** The version of a document an edit view shows: its writes will be sent on that condition. */
export function rememberVersion(key: string, tag: string): void {
  keepNewest(key, tag)
}

export function onConflict(listener: (conflict: Conflict) => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

async function messageOf(response: Response): Promise<string> {
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as { message?: string; errors?: { message?: string }[] }
  return (
    body.errors
      ?.map((error) => error.message)
      .filter(Boolean)
      .join(' ') ||
    body.message ||
    ''
  )
}

type Fetch = typeof window.fetch

/**
 * The admin's form, its autosave and the review control all write through `fetch`. Each write of a
 * document an edit view has loaded carries `If-Match` with the version the user saw, so a change
 * made meanwhile by someone else is answered 412 instead of being overwritten. Writes of one
 * document go one after another, each on the version the previous one produced: a user's autosave
 * and their own save never collide.
 */
export function installPreconditions(target: { fetch: Fetch; location: { origin: string } }): void {
  const marked = target as { fetch: Fetch & { withPreconditions?: true } }
  if (marked.fetch.withPreconditions) return
  const original = target.fetch.bind(target)
  const wrapped = ((input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET')
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const key = documentWriteKey(method, url, target.location.origin)
    if (!key || !loaded.has(key)) return original(input, init)
    const write = (inFlight.get(key) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined))
        const tag = loaded.get(key)
        if (tag && !headers.has('if-match')) headers.set('if-match', tag)
        const response = await original(input, { ...init, headers })
        if (response.status === 412) {
          const conflict = { message: await messageOf(response) }
          for (const listener of listeners) listener(conflict)
        } else if (response.ok && method.toUpperCase() === 'DELETE') {
          loaded.delete(key)
        } else if (response.ok) {
          // The server tags the version its write produced: the next write is made on it.
          const next = response.headers.get('etag')
          if (next) keepNewest(key, next)
        }
        return response
      })
    inFlight.set(key, write)
    return write
  }) as Fetch & { withPreconditions?: true }
  wrapped.withPreconditions = true
  marked.fetch = wrapped
}
