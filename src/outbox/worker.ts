import { randomUUID } from 'node:crypto'
import os from 'node:os'
import type { Payload } from 'payload'

import { claimDeliveries, nextDueAt, renewLeases } from '../db/deliveryLeases'
import type { DeliverySettings } from '../distribution/settings'
import { now } from '../lib/clock'
import { recordAttempt } from './recordAttempt'
import { type Attempt, sendDelivery } from './sendDelivery'
import { onDeliveriesQueued } from './wake'

/** One line per attempt; the message was redacted by sendDelivery, and nothing else of the destination is logged. */
function logAttempt(payload: Payload, { delivery, destination, outcome }: Attempt): void {
  const line = {
    msg: `delivery ${outcome.verdict}: ${outcome.message}`,
    delivery: delivery.id,
    destination: destination?.name,
    event: delivery.event,
    network: delivery.network ?? undefined,
    statusCode: outcome.statusCode,
  }
  if (outcome.verdict === 'delivered' || outcome.verdict === 'cancelled') payload.logger.info(line)
  else payload.logger.warn(line)
}

export type DeliveryWorker = { owner: string; stop: () => Promise<void>; idle: () => Promise<void> }

/**
 * Sends what the outbox holds. Claims due deliveries under a lease (renewed while it works, so a
 * slow receiver does not make it look dead), sends up to `concurrency` at once, records each
 * attempt, and sleeps until woken by a local commit, the next due time, or the poll interval.
 * stop() claims nothing more and waits for what is in flight.
 */
export function startDeliveryWorker(payload: Payload, settings: DeliverySettings): DeliveryWorker {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  const inFlight = new Map<number | string, Promise<void>>()
  let running = true
  let wake: () => void = () => {}
  let woken = false
  // An idle() call is answered by a pass that began after it, so it sees everything committed before the call.
  const idleWaiters: { after: number; resolve: () => void }[] = []
  let passes = 0
  const settleIdle = (pass: number) => {
    for (const waiter of idleWaiters.filter((w) => w.after < pass)) {
      idleWaiters.splice(idleWaiters.indexOf(waiter), 1)
      waiter.resolve()
    }
  }

  const nudge = () => {
    woken = true
    wake()
  }
  const stopListening = onDeliveriesQueued(nudge)
  const renewal = setInterval(() => {
    const until = new Date(now().getTime() + settings.leaseMs)
    renewLeases(payload, owner, [...inFlight.keys()], until).catch((error: unknown) =>
      payload.logger.error({ err: error, msg: 'delivery lease renewal failed' }),
    )
  }, settings.leaseMs / 3)
  renewal.unref()

  const work = async (id: number | string) => {
    const startedAt = now()
    try {
      const attempt = await sendDelivery(payload, id, settings)
      if (!attempt) return
      if (!(await recordAttempt(payload, attempt, { owner, startedAt, settings }))) {
        payload.logger.warn({
          msg: 'delivery taken over by another worker; this attempt was not recorded',
          delivery: id,
        })
        return
      }
      logAttempt(payload, attempt)
    } catch (error) {
      // The lease runs out and another pass (here or elsewhere) tries again.
      payload.logger.error({ err: error, msg: 'delivery attempt could not be recorded', delivery: id })
    } finally {
      inFlight.delete(id)
      nudge()
    }
  }

  // Sleeps until the next due time (at most the poll interval). Due work that could not be
  // claimed waits behind an earlier delivery in flight, whose end wakes the loop: no spinning.
  const sleep = async (due: Date | null) => {
    if (woken) return
    const untilDue = due ? due.getTime() - now().getTime() : settings.pollMs
    const delay = untilDue > 0 ? Math.min(settings.pollMs, untilDue) : settings.pollMs
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delay)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
      if (woken) wake()
    })
    wake = () => {}
  }

  // Claiming costs a write transaction: spent at once when woken (a commit queued work, or a send
  // ended), otherwise only once a read has found something due.
  const claimDue = async (
    free: number,
    wokenUp: boolean,
  ): Promise<{ claimed: (number | string)[]; due: Date | null }> => {
    const claim = (at: Date) =>
      claimDeliveries(payload, {
        owner,
        limit: free,
        now: at,
        until: new Date(at.getTime() + settings.leaseMs),
        busy: [...inFlight.keys()],
      })
    if (free <= 0) return { claimed: [], due: null }
    if (wokenUp) {
      const claimed = await claim(now())
      if (claimed.length) return { claimed, due: null }
    }
    const due = await nextDueAt(payload)
    const at = now()
    if (!due || due > at) return { claimed: [], due }
    return { claimed: await claim(at), due }
  }

  const loop = async () => {
    while (running) {
      const wokenUp = woken
      woken = false
      const pass = (passes += 1)
      const free = settings.concurrency - inFlight.size
      let found: { claimed: (number | string)[]; due: Date | null } = { claimed: [], due: null }
      try {
        found = await claimDue(free, wokenUp)
      } catch (error) {
        payload.logger.error({ err: error, msg: 'claiming deliveries failed' })
      }
      // A lease of ours that lapsed (a stalled process) can come back to us: it is already being sent.
      for (const id of found.claimed) if (!inFlight.has(id)) inFlight.set(id, work(id))
      if (found.claimed.length && found.claimed.length === free) continue
      if (!found.claimed.length && !inFlight.size) settleIdle(pass)
      if (running) await sleep(found.due)
    }
  }
  const looping = loop()

  return {
    owner,
    /** Resolves the next time the worker finds nothing to do. */
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push({ after: passes, resolve })
        nudge()
      }),
    stop: async () => {
      running = false
      stopListening()
      nudge()
      await looping
      await Promise.all(inFlight.values())
      clearInterval(renewal)
      idleWaiters.splice(0).forEach((waiter) => waiter.resolve())
    },
  }
}
