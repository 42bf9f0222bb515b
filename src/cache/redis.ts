import { Redis } from 'ioredis'

const clients = new Map<string, Redis>()

/**
 * One connection per URL and role in each process: `commands` for INCR, PUBLISH and the rate-limit
 * script, `subscriber` for pub/sub (a subscribed connection accepts no other command).
 */
export function redisClient(url: string, role: 'commands' | 'subscriber'): Redis {
  const key = `${role} ${url}`
  let client = clients.get(key)
  if (!client) {
    // A command issued while disconnected waits for one reconnection attempt, then fails: callers
    // fall back (serve uncached, let a request through) rather than hang.
    client = new Redis(url, { maxRetriesPerRequest: 1 })
    client.on('error', () => {})
    clients.set(key, client)
  }
  return client
}

export async function closeRedisClients(): Promise<void> {
  const all = [...clients.values()]
  clients.clear()
  await Promise.all(all.map((client) => client.quit().catch(() => client.disconnect())))
}

export const redisPrefix = (env: NodeJS.ProcessEnv) => env.REDIS_PREFIX || 'newsroom:'
