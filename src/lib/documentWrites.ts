/**
 * Which API requests write one document, as the admin sends them: `PATCH` or `DELETE` on
 * `/api/<collection>/<id>` (autosave, save, publish and workflow moves alike), query aside.
 */
export function documentWriteKey(method: string, url: string, origin: string): string | null {
  const verb = method.toUpperCase()
  if (verb !== 'PATCH' && verb !== 'DELETE') return null
  let target: URL
  try {
    target = new URL(url, origin)
  } catch {
    return null
  }
  if (target.origin !== origin) return null
  const match = /^\/api\/([a-z0-9-]+)\/([^/]+)$/.exec(target.pathname)
  return match ? documentKey(match[1], decodeURIComponent(match[2])) : null
}

export const documentKey = (collection: string, id: number | string): string => `${collection}/${String(id)}`
