import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import { told } from '../collections/Deliveries/said'
import { writeAudit } from '../hooks/audit'
import { translate } from '../i18n/translate'
import { now } from '../lib/clock'
import { escapeHtml } from '../lib/press/releaseEmail'
import { verifyUnsubscribe } from '../lib/press/unsubscribe'
import { documented } from '../openapi/customEndpoints'
import { errors, query } from '../openapi/operation'

const page = (req: PayloadRequest, body: string, status = 200) =>
  new Response(
    `<!doctype html><html lang="${req.i18n?.language ?? 'fr'}"><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
      `<title>${escapeHtml(translate(req, 'pressUnsubscribeTitle'))}</title></head>` +
      `<body style="font-family: sans-serif; max-width: 36rem; margin: 3rem auto">` +
      `<h1>${escapeHtml(translate(req, 'pressUnsubscribeTitle'))}</h1>${body}</body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
  )

function signedContact(req: PayloadRequest): string | null {
  const url = new URL(req.url ?? '', 'http://localhost')
  const id = url.searchParams.get('c') ?? ''
  const signature = url.searchParams.get('s') ?? ''
  return id && signature && verifyUnsubscribe(req.payload.secret, id, signature) ? id : null
}

const parameters = [
  query('c', { type: 'string' }, 'The contact, as the link names it.', true),
  query('s', { type: 'string' }, 'The link’s signature.', true),
]

/**
 * `GET /api/media-contacts/unsubscribe?c=&s=`: the link in a release's footer. A GET only shows a
 * button: mail scanners follow links, and a visit must not unsubscribe anyone.
 */
export const unsubscribeGetEndpoint: Endpoint = documented(
  {
    path: '/unsubscribe',
    method: 'get',
    handler: async (req) => {
      if (!signedContact(req)) return page(req, `<p>${escapeHtml(translate(req, 'pressUnsubscribeInvalid'))}</p>`, 400)
      const action = escapeHtml(new URL(req.url ?? '', 'http://localhost').search)
      return page(
        req,
        `<p>${escapeHtml(translate(req, 'pressUnsubscribeAsk'))}</p>` +
          `<form method="post" action="/api/media-contacts/unsubscribe${action}"><input type="hidden" name="List-Unsubscribe" value="One-Click">` +
          `<button type="submit">${escapeHtml(translate(req, 'pressUnsubscribeConfirm'))}</button></form>`,
      )
    },
  },
  {
    summary: 'Press list unsubscribe page (a button; the visit changes nothing)',
    parameters,
    responses: { 200: { description: 'HTML page' }, ...errors(400) },
  },
)

/**
 * `POST /api/media-contacts/unsubscribe?c=&s=`: the one-click unsubscribe of RFC 8058 (what mail
 * clients post from `List-Unsubscribe-Post`) and the page's button. No account: the signature is
 * the proof. Honoured at once: the contact is opted out and what was still queued for them is
 * cancelled in the same transaction; the worker checks again before each send.
 */
export const unsubscribePostEndpoint: Endpoint = documented(
  {
    path: '/unsubscribe',
    method: 'post',
    handler: async (req) => {
      const id = signedContact(req)
      if (!id) return page(req, `<p>${escapeHtml(translate(req, 'pressUnsubscribeInvalid'))}</p>`, 400)
      const shouldCommit = await initTransaction(req)
      try {
        const contact = await req.payload.findByID({
          collection: 'media-contacts',
          id,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
        // An erased contact has nothing left to send to: the answer is the same, and says nothing of who it was.
        if (contact && !contact.optOutAt) {
          const at = now().toISOString()
          await req.payload.update({
            collection: 'media-contacts',
            id,
            data: { optOutAt: at, optOutVia: 'unsubscribe link' },
            depth: 0,
            overrideAccess: true,
            req,
          })
          await req.payload.update({
            collection: 'deliveries',
            where: { and: [{ recipient: { equals: contact.id } }, { status: { in: ['queued', 'retrying'] } }] },
            data: { status: 'cancelled', ...told('lastMessage', { code: 'deliveryRecipientUnsubscribed' }) },
            depth: 0,
            overrideAccess: true,
            req,
          })
          await writeAudit(req, {
            action: 'opt-out',
            collection: 'media-contacts',
            documentId: contact.id,
            note: 'one-click unsubscribe',
            actor: { name: 'unsubscribe link' },
          })
        }
        if (shouldCommit) await commitTransaction(req)
      } catch (error) {
        if (shouldCommit) await killTransaction(req)
        throw error
      }
      return page(req, `<p>${escapeHtml(translate(req, 'pressUnsubscribeDone'))}</p>`)
    },
  },
  {
    summary: 'One-click unsubscribe from the press list (RFC 8058), without an account',
    parameters,
    responses: { 200: { description: 'HTML page: done' }, ...errors(400) },
  },
)
