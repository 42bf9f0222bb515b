import { EventEmitter } from 'node:events'

/**
 * Tells the workers of this process that deliveries were committed, so they start at once
 * instead of at their next poll. Workers in other processes find them by polling.
 */
const signal = new EventEmitter()
signal.setMaxListeners(0)

export const announceDeliveries = () => void signal.emit('queued')

export function onDeliveriesQueued(listener: () => void): () => void {
  signal.on('queued', listener)
  return () => signal.off('queued', listener)
}
