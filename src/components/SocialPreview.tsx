'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { defaultSocialText, SOCIAL_LIMITS, socialLength } from '../distribution/xText'
import { NETWORKS, type Network } from '../distribution/types'
import { imageOfPiece, namesDocument, SUMMARY_FIELD, TITLE_FIELD } from '../lib/pieceFields'
import { isSiteType, sitePath } from '../lib/sitePaths'

const NAMES: Record<Network, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' }
type Fields = Record<string, { value?: unknown } | undefined>

/** A medium's smallest stored picture, for the preview. */
function useImage(id: unknown): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    const key = id && typeof id === 'object' ? (id as { id: unknown }).id : id
    // eslint-disable-next-line react-hooks/set-state-in-effect -- no image chosen any more: the preview drops the old one
    if (!key) return setUrl(null)
    let live = true
    void fetch(`/api/media/${String(key)}?depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((media: { url?: string; sizes?: Record<string, { url?: string | null }> } | null) => {
        if (live) setUrl(media ? (media.sizes?.card?.url ?? media.sizes?.thumbnail?.url ?? media.url ?? null) : null)
      })
    return () => {
      live = false
    }
  }, [id])
  return url
}

function NetworkPreview({ network, fields, collection }: { network: Network; fields: Fields; collection: string }) {
  const { t } = useTranslation()
  const say = (key: string, vars?: object) => (t as (k: string, v?: object) => string)(`newsroom:${key}`, vars)
  const value = (path: string) => fields[path]?.value
  const own = String(value(`social.${network}.text`) ?? '')
  const slug = String(value('slug') ?? '')
  const url = `${typeof window === 'undefined' ? '' : window.location.origin}${isSiteType(collection) && slug ? sitePath(collection, slug) : '/'}`
  const doc = { heroImage: value('heroImage'), logo: value('logo'), meta: { image: value('meta.image') } }
  const text =
    own.trim() ||
    defaultSocialText(network, {
      title: String(value(TITLE_FIELD[collection] ?? 'title') ?? ''),
      standfirst: (value(SUMMARY_FIELD[collection]) as string) ?? null,
      url,
    })
  const image = useImage(
    namesDocument(value(`social.${network}.image`)) ? value(`social.${network}.image`) : imageOfPiece(doc),
  )
  const count = socialLength(network, text)
  const limit = SOCIAL_LIMITS[network]
  const enabled = Boolean(value(`social.${network}.enabled`))
  return (
    <figure
      className={`social-preview__post social-preview__post--${network}`}
      data-network={network}
      style={{
        margin: 0,
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 8,
        padding: '0.75rem',
        opacity: enabled ? 1 : 0.55,
        display: 'grid',
        gap: '0.5rem',
        alignContent: 'start',
      }}
    >
      <figcaption style={{ display: 'flex', justifyContent: 'space-between', gap: '0.5rem', fontWeight: 600 }}>
        <span>{NAMES[network]}</span>
        <span
          className="social-preview__count"
          data-over={count > limit}
          style={{ fontWeight: 400, color: count > limit ? 'var(--theme-error-500)' : 'var(--theme-elevation-600)' }}
        >
          {say(network === 'x' ? 'socialPreviewCountX' : 'socialPreviewCount', { count, limit })}
        </span>
      </figcaption>
      {!enabled && <small>{say('socialPreviewOff')}</small>}
      {!own.trim() && <small style={{ color: 'var(--theme-elevation-600)' }}>{say('socialPreviewGenerated')}</small>}
      <p className="social-preview__text" style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </p>
      {image && (
        // eslint-disable-next-line @next/next/no-img-element -- a preview of the stored size, as the network will show it
        <img src={image} alt="" style={{ width: '100%', maxHeight: 160, objectFit: 'cover', borderRadius: 6 }} />
      )}
    </figure>
  )
}

/** Each network's post as it will go out, redrawn as the form changes, with the count the network will make. */
export function SocialPreview() {
  const { collectionSlug } = useDocumentInfo()
  const fields = useFormFields(([all]) => all) as Fields
  const { t } = useTranslation()
  return (
    <section
      className="social-preview field-type"
      aria-label={(t as (k: string) => string)('newsroom:socialPreviewTitle')}
      style={{ marginBottom: 'var(--base)' }}
    >
      <h3 style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>
        {(t as (k: string) => string)('newsroom:socialPreviewTitle')}
      </h3>
      <div style={{ display: 'grid', gap: '0.75rem', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))' }}>
        {NETWORKS.map((network) => (
          <NetworkPreview key={network} network={network} fields={fields} collection={collectionSlug ?? ''} />
        ))}
      </div>
    </section>
  )
}
