import type { Endpoint } from 'payload'

import { now } from '../../lib/clock'
import { AID_POSTS } from '../../lib/crisis/listingKinds'
import { isHoneypotFilled, readSubmission, type Spec } from '../../lib/crisis/submission'
import type { RateLimit } from '../../lib/rateLimit'
import { formLimit } from '../../server/formLimits'
import { mailOwner } from '../../notifications/ownerMail'
import { documented } from '../../openapi/customEndpoints'
import { errors, json, pathParam } from '../../openapi/operation'
import { translate } from '../../i18n/translate'
import { inTransaction } from '../inTransaction'
import { formSchema } from './formSchema'
import { answer, badFields, readJson, refuse } from './shared'

const CONTACT_SPEC: Spec = {
  name: { type: 'text', required: true, min: 2, max: 120 },
  company: { type: 'text', required: true, min: 2, max: 120 },
  email: { type: 'email', required: true },
  message: { type: 'text', required: true, min: 10, max: 2000, multiline: true },
}

/**
 * `POST /api/aid-posts/:id/contact` `{ name, company, email, message }`: relays a message to the
 * poster by e-mail (Reply-To: the sender), so that no poster's address is ever public. Rate limited
 * per address, honeypot as on the forms; only open, live posts take messages.
 */
export function aidPostContactEndpoint(rule: RateLimit): Endpoint {
  const limited = formLimit('aid-posts-contact', rule, 'crisisTooMany')
  return documented(
    {
      path: '/:id/contact',
      method: 'post',
      handler: async (req) => {
        const tooMany = await limited(req)
        if (tooMany) return tooMany
        const body = await readJson(req)
        if (!body) return refuse(req, 400, 'crisisBadBody')
        const sent = () => answer(202, { message: translate(req, 'crisisContactSent') })
        if (isHoneypotFilled(body)) return sent()
        const read = readSubmission(CONTACT_SPEC, body, ['message'])
        if ('problems' in read) return badFields(req, read.problems)
        const post = (await req.payload.findByID({
          collection: 'aid-posts',
          id: String(req.routeParams?.id ?? ''),
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as Record<string, unknown> | null
        const live =
          post &&
          post.status === 'published' &&
          post.state === 'open' &&
          Date.parse(String(post.expiresAt)) > now().getTime()
        if (!post || !live) return refuse(req, post ? 409 : 404, post ? 'crisisNotOpen' : 'crisisNotFound')
        const { name, company, email, message } = read.data as Record<string, string>
        await inTransaction(req, () =>
          mailOwner(req, AID_POSTS, post as never, 'Contact', { name, company, email, message, replyTo: email }),
        )
        return sent()
      },
    },
    {
      summary: 'Relays a message to an aid post’s poster by e-mail',
      parameters: [pathParam('id', 'The aid post.')],
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: formSchema(CONTACT_SPEC) },
        },
      },
      responses: {
        '202': json('Passed on.', { type: 'object' }),
        ...errors(400, 404, 429),
        '409': json('The post no longer takes contacts.', { type: 'object' }),
      },
    },
  )
}
