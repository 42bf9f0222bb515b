import type { TaskConfig } from 'payload'

export const SEND_NOTIFICATION = 'sendNotification'
export const NOTIFICATION_QUEUE = 'notifications'

type Input = {
  kind: string
  to: string
  toName?: string | null
  subject: string
  text: string
  html?: string | null
  replyTo?: string | null
}

/** Sends one queued notification through the configured e-mail adapter (SMTP, or the log without one). */
export const sendNotificationTask: TaskConfig<{ input: Input; output: object }> = {
  slug: SEND_NOTIFICATION,
  label: 'Envoyer une notification par e-mail',
  // A mail server that is down for a moment should not lose the message.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'kind', type: 'text', required: true },
    { name: 'to', type: 'email', required: true },
    { name: 'toName', type: 'text' },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea' },
    // A relayed message: the poster answers the sender directly, whose address the platform never shows.
    { name: 'replyTo', type: 'email' },
  ],
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({
      to: input.toName ? { name: input.toName, address: input.to } : input.to,
      subject: input.subject,
      text: input.text,
      html: input.html ?? undefined,
      ...(input.replyTo ? { replyTo: input.replyTo } : {}),
    })
    return { output: {} }
  },
}
