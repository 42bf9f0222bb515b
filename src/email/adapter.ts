import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { parseSender, parseSmtpUrl } from '../lib/smtpUrl'

const DEFAULT_SENDER = { name: 'La rédaction', address: 'redaction@newsroom.test' }

/**
 * E-mail through SMTP when `SMTP_URL` is set (`EMAIL_FROM` names the sender); without it, no
 * adapter, and Payload writes each message to the log instead of sending it.
 */
export function emailAdapterFromEnv(env: NodeJS.ProcessEnv): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_URL) return undefined
  const sender = parseSender(env.EMAIL_FROM, DEFAULT_SENDER)
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    transportOptions: parseSmtpUrl(env.SMTP_URL),
  }) as Promise<EmailAdapter>
}
