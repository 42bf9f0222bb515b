import type { Payload } from 'payload'

import { outcome } from '../distribution/outcome'
import { redact } from '../distribution/redact'
import type { SendOutcome } from '../distribution/types'
import { refusalOf } from '../lib/press/contacts'
import { escapeHtml, personalise, type ReleaseEmail } from '../lib/press/releaseEmail'
import { unsubscribeUrl } from '../lib/press/unsubscribe'
import { serverUrl } from '../lib/siteUrl'
import type { Delivery, MediaContact } from '../payload-types'

type SmtpError = Error & { responseCode?: number; code?: string }

/** An SMTP refusal in the 5xx range is final (no such mailbox); anything else (4xx, no connection) is worth another try. */
export function smtpVerdict(error: SmtpError): SendOutcome['verdict'] {
  return typeof error.responseCode === 'number' && error.responseCode >= 500 ? 'failed' : 'retry'
}

/**
 * One attempt at one press e-mail. The contact is read again just before sending: one who opted
 * out (or was erased) since the release was queued gets nothing. The Message-ID is the delivery's,
 * the same on every attempt, so that a retry after a worker died mid-send is recognisable as one.
 */
export async function sendPressEmail(payload: Payload, delivery: Delivery): Promise<SendOutcome> {
  const contactId = typeof delivery.recipient === 'object' ? delivery.recipient?.id : delivery.recipient
  const contact =
    contactId == null
      ? null
      : ((await payload.findByID({
          collection: 'media-contacts',
          id: contactId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })) as MediaContact | null)
  if (!contact) return outcome('cancelled', null, 'deliveryRecipientErased')
  const refusal = refusalOf(contact)
  if (refusal === 'opted-out') return outcome('cancelled', null, 'deliveryRecipientUnsubscribed')
  if (refusal) return outcome('cancelled', null, 'deliveryNoLegalBasis')
  // Payload's stand-in adapter would write the address to the log: wait for a real mail server instead.
  if (payload.email?.name === 'console') return outcome('retry', null, 'deliveryNoMailServer')

  const email = delivery.body as ReleaseEmail
  const link = unsubscribeUrl(serverUrl(), payload.secret, contact.id)
  try {
    await payload.sendEmail({
      to: contact.email,
      subject: email.subject,
      text: personalise(email.text, link),
      html: personalise(email.html, escapeHtml(link)),
      messageId: `<${delivery.webhookId}@press.newsroom>`,
      headers: { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    })
    return outcome('delivered', 250, 'deliveryMailAccepted')
  } catch (error) {
    const smtp = error as SmtpError
    // The server's words may quote the address: the delivery is read by staff who may not see it.
    const detail = redact(smtp.message, [contact.email])
    return outcome(
      smtpVerdict(smtp),
      smtp.responseCode ?? null,
      'deliveryMailRefused',
      { code: smtp.code ?? 'SMTP' },
      detail,
    )
  }
}
