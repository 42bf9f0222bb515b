import type { PayloadRequest } from 'payload'

import type { Network, SocialPost } from '../distribution/types'
import { defaultSocialText } from '../distribution/xText'
import { idOf } from '../lib/ids'
import { imageOfPiece, namesDocument, summaryOfPiece, titleOfPiece } from '../lib/pieceFields'

type Doc = Record<string, unknown>
type SocialCopy = { text?: string | null; image?: unknown; scheduledAt?: string | null }

/** A media document's address for a social network: its OpenGraph size when it has one. */
async function imageUrl(req: PayloadRequest, media: unknown, origin: string): Promise<string | null> {
  const id = idOf(media)
  if (!id) return null
  const doc = (await req.payload.findByID({
    collection: 'media',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Doc | null
  const sizes = (doc?.sizes ?? {}) as Record<string, { url?: string | null } | undefined>
  const url = sizes.og?.url ?? (doc?.url as string | undefined)
  if (!url) return null
  return /^https?:\/\//.test(url) ? url : `${origin}${url}`
}

const later = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b))

/**
 * What a network receives, fixed when the change commits: the piece's own copy for that network,
 * or its title, standfirst and link fitted to the network's limit; never before the embargo ends.
 */
export async function socialPost(
  req: PayloadRequest,
  input: { network: Network; collection: string; doc: Doc; url: string; mediaOrigin: string; now: Date },
): Promise<SocialPost> {
  const { network, collection, doc, url } = input
  const copy = (((doc.social ?? {}) as Doc)[network] ?? {}) as SocialCopy
  const text =
    copy.text?.trim() ||
    defaultSocialText(network, {
      title: titleOfPiece(collection, doc) ?? url,
      standfirst: summaryOfPiece(collection, doc),
      url,
    })
  const chosen = copy.scheduledAt ? new Date(copy.scheduledAt) : null
  const embargo = doc.embargoUntil ? new Date(String(doc.embargoUntil)) : null
  const when = later(chosen, embargo)
  return {
    network,
    text,
    imageUrl: await imageUrl(req, namesDocument(copy.image) ? copy.image : imageOfPiece(doc), input.mediaOrigin),
    scheduledAt: when && when > input.now ? when.toISOString() : null,
    url,
  }
}
