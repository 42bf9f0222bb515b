import { revalidatePath, revalidateTag } from 'next/cache'

import { verifyWebhook } from '@/distribution/standardWebhooks'
import { sitePayload } from '@/site/data/payload'
import { parseRevalidation } from '@/site/revalidation'
import { siteWebhookSecrets } from '@/site/webhookSecret'

// Bigger bodies are not ours: the platform's messages are a few hundred bytes.
const MAX_BODY_BYTES = 64 * 1024

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * The platform's signed site webhook (Standard Webhooks): rebuilds exactly the paths and tags it
 * names: the piece's page (old and new address after a slug change) and the lists it appears in.
 */
export async function POST(request: Request): Promise<Response> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES)
    return refuse(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`)
  const body = await request.text()
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return refuse(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`)
  const payload = await sitePayload()
  const verified = verifyWebhook({
    headers: request.headers,
    body,
    secrets: siteWebhookSecrets(process.env, payload.secret),
    now: new Date(),
  })
  if (!verified.ok) {
    payload.logger.warn({ msg: `site webhook refused: ${verified.reason}` })
    return refuse(401, `Signature refused: ${verified.reason}`)
  }
  const parsed = parseRevalidation(body)
  if (!parsed.ok) return refuse(400, parsed.reason)
  const { paths, tags } = parsed.value
  for (const path of paths) revalidatePath(path)
  // expire: 0, not "max": the next reader must get the corrected page, not the stale one once more.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  payload.logger.info({
    msg: `site webhook ${verified.id}: revalidated ${paths.length} paths, ${tags.length} tags`,
    paths,
    tags,
  })
  return Response.json({ revalidated: { paths, tags } }, { headers: { 'cache-control': 'no-store' } })
}
