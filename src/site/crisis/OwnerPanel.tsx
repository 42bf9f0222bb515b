'use client'

import { useEffect, useState } from 'react'

import { ownerMay, type Status } from '../../lib/crisis/lifecycle'
import { postJson } from './api'
import { OwnerEditForm } from './OwnerEditForm'

const STATUS: Record<string, string> = {
  pending: 'en attente de validation par la chambre',
  published: 'en ligne',
  rejected: 'refusée',
  expired: 'expirée (plus affichée)',
  withdrawn: 'retirée',
}
const ACTIONS: Record<string, string> = {
  confirm: 'Confirmer mon adresse e-mail',
  renew: 'Renouveler pour 30 jours',
  matched: 'Indiquer que l’échange a eu lieu',
  withdraw: 'Retirer ma fiche',
}

type Answer = {
  status: string
  confirmedAt: string | null
  doc: Record<string, unknown> & { expiresAt?: string | null }
}

/**
 * What the owner's e-mailed link opens: the listing's state, one button per action (POSTed, so a
 * prefetch changes nothing) and the form to edit the listing.
 */
export function OwnerPanel({
  collection,
  id,
  token,
}: {
  collection: 'businesses' | 'aid-posts'
  id: string
  token: string
}) {
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const act = async (action: string) => {
    const result = await postJson(`/api/${collection}/${encodeURIComponent(id)}/owner`, { token, action })
    if (result.ok) setAnswer(result.body as unknown as Answer)
    setMessage(result.ok ? (action === 'view' ? null : 'C’est fait.') : result.message)
  }
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the listing is fetched once on mount; its state is set when the answer arrives
    void act('view')
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const title = String(answer?.doc.name ?? answer?.doc.title ?? '')
  const actions = Object.keys(ACTIONS).filter((a) => collection === 'aid-posts' || a !== 'matched')
  return (
    <section className="crisis-owner">
      {message && <p role="status">{message}</p>}
      {answer && (
        <>
          <h2>{title}</h2>
          <p data-testid="owner-status">
            Votre fiche est {STATUS[answer.status] ?? answer.status}.
            {answer.confirmedAt ? '' : ' Confirmez d’abord votre adresse e-mail.'}
          </p>
          {answer.status === 'published' && answer.doc.expiresAt && (
            <p>
              Elle reste affichée jusqu’au{' '}
              {new Date(answer.doc.expiresAt).toLocaleDateString('fr-FR', { dateStyle: 'long' })}.
            </p>
          )}
          <p>
            {actions.map((action) => (
              <button key={action} type="button" onClick={() => act(action)}>
                {ACTIONS[action]}
              </button>
            ))}
          </p>
          {ownerMay('update', answer.status as Status) && (
            <OwnerEditForm
              collection={collection}
              id={id}
              token={token}
              doc={answer.doc}
              onSaved={(saved) => setAnswer(saved as unknown as Answer)}
            />
          )}
        </>
      )}
    </section>
  )
}
