/** The REST calls a browser test makes beside the browser: sign-ins and set-up, as the roles would. */
export type Api = {
  tokenOf: (email: string) => Promise<string>
  call: <T = Record<string, unknown>>(
    token: string | null,
    method: string,
    route: string,
    json?: unknown,
  ) => Promise<{ status: number; body: T }>
  /** As `call`, and fails the test unless the answer is a success. */
  ok: <T = Record<string, unknown>>(token: string | null, method: string, route: string, json?: unknown) => Promise<T>
}

export function newsroomApi(url: string, password: string): Api {
  const tokens = new Map<string, string>()
  const call: Api['call'] = async (token, method, route, json) => {
    const headers: Record<string, string> = {}
    if (token) headers.authorization = `JWT ${token}`
    if (json !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${url}${route}`, {
      method,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
    })
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as never }
  }
  return {
    call,
    ok: async (token, method, route, json) => {
      const { status, body } = await call(token, method, route, json)
      if (status < 200 || status >= 300) throw new Error(`${method} ${route}: ${status} ${JSON.stringify(body)}`)
      return body as never
    },
    tokenOf: async (email) => {
      const known = tokens.get(email)
      if (known) return known
      const { body } = await call<{ token?: string }>(null, 'POST', '/api/users/login', { email, password })
      if (!body.token) throw new Error(`login ${email} failed: ${JSON.stringify(body)}`)
      tokens.set(email, body.token)
      return body.token
    },
  }
}

/** Switches both crisis services on for the territorial chamber of a department, as an editor does. */
export async function enableCrisisServices(api: Api, editorEmail: string, departmentCode: string): Promise<void> {
  const editor = await api.tokenOf(editorEmail)
  const { docs } = await api.ok<{ docs: { id: number }[] }>(
    editor,
    'GET',
    `/api/chambers?where[departmentCode][equals]=${departmentCode}&where[kind][equals]=territorial&depth=0`,
  )
  await api.ok(editor, 'PATCH', `/api/chambers/${docs[0].id}`, { servicesEnabled: ['open-businesses', 'mutual-aid'] })
}
