/**
 * The platform's REST API from the admin, with the session cookie; refusals come back as the server's own words
 * (already in the admin's language), or null when it gave none: `failureText` words that in the admin's language.
 */
export type ApiFailure = { ok: false; status: number; message: string | null }
export type ApiResult<T> = { ok: true; data: T } | ApiFailure

type Translate = (key: never, vars?: Record<string, unknown>) => string

/** What to show for a failed call: the server's words, or why there are none (no answer, an answer without words). */
export function failureText(failure: ApiFailure, t: Translate): string {
  if (failure.message) return failure.message
  const say = t as unknown as (key: string, vars?: Record<string, unknown>) => string
  return failure.status === 0 ? say('newsroom:apiOffline') : say('newsroom:apiStatus', { status: failure.status })
}

type ErrorBody = { errors?: { message?: string; data?: { problems?: string[]; errors?: { message?: string }[] } }[] }

function explain(body: ErrorBody): string | null {
  const parts = (body.errors ?? []).flatMap((error) => {
    const details = [...(error.data?.problems ?? []), ...(error.data?.errors ?? []).map((e) => e.message ?? '')].filter(
      Boolean,
    )
    return details.length ? details : [error.message ?? '']
  })
  return parts.filter(Boolean).join(' ') || null
}

export async function api<T>(path: string, init: { method?: string; json?: unknown } = {}): Promise<ApiResult<T>> {
  try {
    const response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'include',
      headers: init.json === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    })
    const body = (await response.json().catch(() => ({}))) as unknown
    return response.ok
      ? { ok: true, data: body as T }
      : { ok: false, status: response.status, message: explain(body as ErrorBody) }
  } catch {
    return { ok: false, status: 0, message: null }
  }
}

/** A date in the admin's language (French unless it is English), in the newsroom's time zone. */
export const frDate = (iso: string | null | undefined, withTime = false, language = 'fr') =>
  iso
    ? new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR', {
        timeZone: 'Europe/Paris',
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' } : {}),
      })
    : ''

export type Person = { id: number | string; name: string | null }

/** Staff who can be given a subject, for the assignee selects. */
export async function loadPeople(): Promise<Person[]> {
  const result = await api<{ docs: { id: number; name: string; roles?: string[] }[] }>(
    '/api/users?limit=200&depth=0&sort=name',
  )
  return result.ok ? result.data.docs.filter((u) => u.roles?.length).map((u) => ({ id: u.id, name: u.name })) : []
}
