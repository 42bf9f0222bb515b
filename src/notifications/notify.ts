import type { PayloadRequest } from 'payload'

import { publicBaseUrl } from '../lib/adminLinks'
import { renderNotification, type Notification } from '../lib/notificationMessages'
import { NOTIFICATION_QUEUE, SEND_NOTIFICATION } from './sendNotification'

type Recipient = {
  id: number | string
  name?: string | null
  email?: string | null
  roles?: string[] | null
  notifications?: Record<string, boolean | null | undefined> | null
}

/**
 * Queues one e-mail per recipient who wants this kind of message, in the transaction of the change
 * that causes it. A transactional outbox: if the change rolls back, so do its messages, and
 * nothing is ever sent for something that did not happen; once committed, the notifications queue
 * sends them (retried if the mail server is down). Sending from a hook instead would mail before
 * the commit, since Payload runs afterChange and afterOperation hooks inside the transaction.
 *
 * Nobody is told of their own action, and accounts without a role (switched off) get nothing.
 */
export async function notify(
  req: PayloadRequest,
  recipientIds: readonly (number | string | null | undefined)[],
  notification: Notification,
): Promise<void> {
  const self = req.user ? String(req.user.id) : null
  const ids = [...new Set(recipientIds.filter((id) => id !== null && id !== undefined).map(String))].filter(
    (id) => id !== self,
  )
  if (!ids.length) return
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const baseUrl = publicBaseUrl(req.payload.config.serverURL)
  for (const user of docs as unknown as Recipient[]) {
    if (!user.email || !user.roles?.length || user.notifications?.[notification.kind] === false) continue
    const message = renderNotification(notification, user.name || user.email, baseUrl)
    await req.payload.jobs.queue({
      task: SEND_NOTIFICATION,
      queue: NOTIFICATION_QUEUE,
      input: { kind: notification.kind, to: user.email, toName: user.name ?? '', ...message },
      req,
    } as never)
  }
}
