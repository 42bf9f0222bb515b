/**
 * A front-end's typed client of the newsroom API: the types come from the published OpenAPI
 * document (`npx openapi-typescript http://localhost:3000/api/openapi.json -o api.d.ts`), the calls
 * go through openapi-fetch, so a wrong path, parameter or field is a compile error.
 */
import createClient from 'openapi-fetch'

import type { components, paths } from './api'

export type Article = components['schemas']['articles']
export type NewTopic = components['schemas']['topics.create']

export function newsroomClient(baseUrl: string, token?: string) {
  return createClient<paths>({ baseUrl, headers: token ? { authorization: `JWT ${token}` } : {} })
}

type Client = ReturnType<typeof newsroomClient>

/** The published articles with this slug (`where` sent as one JSON text, which the API accepts). */
export async function articlesBySlug(client: Client, slug: string): Promise<Article[]> {
  const { data, error } = await client.GET('/api/articles', {
    params: { query: { where: JSON.stringify({ slug: { equals: slug } }), limit: 5, depth: 0 } },
  })
  if (error) throw new Error(`list failed: ${JSON.stringify(error)}`)
  return data.docs
}

/** One article by id. */
export async function article(client: Client, id: number): Promise<Article> {
  const { data, error } = await client.GET('/api/articles/{id}', { params: { path: { id }, query: { depth: 1 } } })
  if (error) throw new Error(`detail failed: ${JSON.stringify(error)}`)
  return data
}

/** Signs in and returns the session token. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const { data, error } = await newsroomClient(baseUrl).POST('/api/users/login', { body: { email, password } })
  if (error || !data.token) throw new Error(`sign-in failed: ${JSON.stringify(error)}`)
  return data.token
}

/** Creates a topic: only the fields a client sends, no id or dates. */
export async function createTopic(client: Client, topic: NewTopic) {
  const { data, error, response } = await client.POST('/api/topics', { body: topic })
  if (error) throw new Error(`create failed (${response.status}): ${JSON.stringify(error)}`)
  return data.doc
}
