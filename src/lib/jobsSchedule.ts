import { intFromEnv } from './env'

const MINUTE_DIVISORS = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30]

/**
 * How often this process runs its job queues (scheduled publishing, notifications, reminders), as
 * the cron line Payload's queue runner takes: `JOBS_EVERY_SECONDS`, every minute by default, or a
 * whole divisor of a minute for a newsroom that wants embargoes lifted closer to the second.
 */
export function jobsCron(env: NodeJS.ProcessEnv): string {
  const seconds = intFromEnv(env, 'JOBS_EVERY_SECONDS', 60)
  if (seconds === 60) return '* * * * *'
  if (MINUTE_DIVISORS.includes(seconds)) return `*/${seconds} * * * * *`
  throw new Error(
    `JOBS_EVERY_SECONDS must be 60 or divide a minute (${MINUTE_DIVISORS.join(', ')}), got "${env.JOBS_EVERY_SECONDS}".`,
  )
}
