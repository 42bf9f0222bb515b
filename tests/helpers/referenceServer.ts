import type { AddressInfo } from 'node:net'

import { buildApp } from '../../src/server/app'
import { frontEndServices } from '../../src/server/frontEnd'
import { frontEndSettings } from '../../src/server/settings'
import type { TestApp } from './app'

export type Reference = {
  /** Asks both servers; their status, content type and body must be the same. Returns the body. */
  expectSame: (path: string, init?: RequestInit) => Promise<string>
  /** Runs the change; the answers at `affected` must change and equal Payload's, those at `unrelated` must not move. */
  expectRefresh: (change: () => Promise<unknown>, affected: string[], unrelated: string[]) => Promise<void>
  close: () => Promise<void>
}

/**
 * The same platform on the same database without the read model (Payload's own pipeline), beside
 * the app under test, so that what the model answers is compared with what Payload answers.
 */
export async function startReference(app: TestApp): Promise<Reference> {
  const { default: config } = await import('../../payload.config')
  const settings = { ...frontEndSettings(process.env), readModel: false }
  const services = frontEndServices(app.payload, settings)
  const server = buildApp({ payload: app.payload, config, settings, services }).listen(0)
  // As server.ts does: Node's 5 s keep-alive would race the client reusing a connection idle that long.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise((resolve) => server.once('listening', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const seen = async (response: Response) => ({
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  })
  const expectSame = async (path: string, init?: RequestInit) => {
    const [model, payload] = await Promise.all([
      app.request(path, init).then(seen),
      fetch(`${url}${path}`, init).then(seen),
    ])
    const asked = init?.body ? `${path} ${String(init.body)}` : path
    expect({ asked, ...model }).toEqual({ asked, ...payload })
    return model.text
  }
  const snapshot = async (paths: string[]) => Promise.all(paths.map((path) => app.request(path).then((r) => r.text())))
  return {
    expectSame,
    async expectRefresh(change, affected, unrelated) {
      const [before, others] = [await snapshot(affected), await snapshot(unrelated)]
      await change()
      const after = await Promise.all(affected.map((path) => expectSame(path)))
      after.forEach((text, i) =>
        expect({ path: affected[i], changed: text !== before[i] }).toEqual({ path: affected[i], changed: true }),
      )
      expect(await snapshot(unrelated)).toEqual(others)
    },
    async close() {
      await new Promise((resolve) => server.close(resolve))
      await services.close()
    },
  }
}
