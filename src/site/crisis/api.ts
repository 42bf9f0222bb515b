/** The browser's calls to the platform's public crisis-service endpoints, with their French errors. */
export type FieldErrors = Record<string, string>

export async function postJson(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ ok: boolean; status: number; message: string; fields: FieldErrors; body: Record<string, unknown> }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': 'fr', ...headers },
    body: JSON.stringify(body),
  })
  const parsed = ((await response.json().catch(() => null)) ?? {}) as {
    message?: string
    errors?: { path?: string; message: string; data?: { errors?: { path?: string; message: string }[] } }[]
  } & Record<string, unknown>
  const fields: FieldErrors = {}
  // A field refused at the edge comes in Payload's shape, listed under its error's `data`.
  const fieldErrors = (parsed.errors ?? []).flatMap((error) => error.data?.errors ?? [error])
  for (const error of fieldErrors) if (error.path) fields[error.path] = error.message
  const message =
    parsed.message ??
    (parsed.errors ?? [])
      .filter((e) => !e.path && !e.data?.errors?.length)
      .map((e) => e.message)
      .join(' ')
  return {
    ok: response.ok,
    status: response.status,
    message: message || (response.ok ? '' : `L’envoi a échoué (erreur ${response.status}).`),
    fields,
    body: parsed,
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json', 'accept-language': 'fr' } })
  const body = (await response.json().catch(() => null)) as T & { errors?: { message: string }[] }
  if (!response.ok) throw new Error(body?.errors?.map((e) => e.message).join(' ') || `Erreur ${response.status}`)
  return body
}

/** The commune point of a postal code (the nearest search answers its origin). */
export async function pointOfPostalCode(postalCode: string): Promise<{ latitude: number; longitude: number }> {
  const body = await getJson<{ origin: { latitude: number; longitude: number } }>(
    `/api/businesses/nearest?postalCode=${encodeURIComponent(postalCode)}&limit=1`,
  )
  return body.origin
}

export const newKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`
