import type { Metadata } from 'next'

import { OwnerPanel } from '@/site/crisis/OwnerPanel'

type Props = { searchParams: Promise<{ id?: string; jeton?: string }> }

// The link is personal: never cached, never indexed.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Gérer mon annonce', robots: { index: false } }

export default async function ManagePage({ searchParams }: Props) {
  const { id = '', jeton = '' } = await searchParams
  return (
    <>
      <h1>Gérer mon annonce</h1>
      {id && jeton ? (
        <OwnerPanel collection="aid-posts" id={id} token={jeton} />
      ) : (
        <p>Ouvrez cette page avec le lien reçu par e-mail.</p>
      )}
    </>
  )
}
