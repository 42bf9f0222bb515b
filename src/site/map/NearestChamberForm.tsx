'use client'

import { useId, useRef, useState, type FormEvent } from 'react'

import type { Chamber } from '../../payload-types'
import { pointForPostcode, type DepartmentPoint } from './postcode'

/** The part of a `GET /api/chambers/nearest` answer this form shows. */
type NearestChamber = {
  id: Chamber['id'] | string
  name: string
  city: string | null
  phone: string | null
  distanceKm: number
}
type Point = { latitude: number; longitude: number }

const KM = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

const GEOLOCATION_MESSAGES: Record<number, string> = {
  1: 'L’accès à votre position a été refusé : saisissez plutôt un code postal.',
  2: 'Votre position n’a pas pu être déterminée : saisissez plutôt un code postal.',
  3: 'La recherche de votre position a pris trop de temps : réessayez ou saisissez un code postal.',
}

async function fetchNearest(point: Point, signal: AbortSignal): Promise<NearestChamber[]> {
  const query = new URLSearchParams({ lat: String(point.latitude), lng: String(point.longitude), limit: '5' })
  const response = await fetch(`/api/chambers/nearest?${query}`, { signal, headers: { accept: 'application/json' } })
  const body = (await response.json().catch(() => null)) as {
    docs?: NearestChamber[]
    errors?: { message: string }[]
  } | null
  if (!response.ok || !body?.docs) {
    const messages = body?.errors?.map((e) => e.message).join(' ')
    throw new Error(messages || `La recherche a échoué (erreur ${response.status}).`)
  }
  return body.docs
}

/**
 * "Which chamber is closest to me?" from a postal code or the browser's position. A postal code stands for
 * its department's reference point (see postcode.ts), so no address leaves the visitor's browser except as
 * that point.
 */
export function NearestChamberForm({ departments }: { departments: DepartmentPoint[] }) {
  const id = useId()
  const [postcode, setPostcode] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [searchError, setSearchError] = useState<string | null>(null)
  const [results, setResults] = useState<NearestChamber[] | null>(null)
  const [busy, setBusy] = useState(false)
  // A new search cancels the one in flight, so a slow answer never replaces a newer one.
  const pending = useRef<AbortController | null>(null)

  async function search(point: Point) {
    pending.current?.abort()
    const controller = new AbortController()
    pending.current = controller
    setBusy(true)
    setSearchError(null)
    try {
      setResults(await fetchNearest(point, controller.signal))
    } catch (error) {
      if (controller.signal.aborted) return
      setResults(null)
      setSearchError(
        error instanceof TypeError
          ? 'Le service est momentanément indisponible. Réessayez plus tard.'
          : (error as Error).message,
      )
    } finally {
      if (pending.current === controller) setBusy(false)
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const found = pointForPostcode(postcode, departments)
    if ('error' in found) {
      setFieldError(found.error)
      return
    }
    setFieldError(null)
    void search(found.point)
  }

  function locate() {
    setFieldError(null)
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      setSearchError('Votre navigateur ne permet pas la géolocalisation : saisissez un code postal.')
      return
    }
    setBusy(true)
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => void search({ latitude: coords.latitude, longitude: coords.longitude }),
      (error) => {
        setBusy(false)
        setSearchError(GEOLOCATION_MESSAGES[error.code] ?? GEOLOCATION_MESSAGES[2])
      },
      { maximumAge: 600_000, timeout: 15_000 },
    )
  }

  return (
    <section className="nearest-chamber" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Trouver la chambre la plus proche</h2>
      {/* noValidate: the browser's own bubbles would speak the browser's language, not the page's. */}
      <form className="nearest-chamber__form" onSubmit={onSubmit} noValidate>
        <label htmlFor={`${id}-postcode`}>Code postal</label>
        <input
          id={`${id}-postcode`}
          name="postcode"
          type="text"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={6}
          value={postcode}
          onChange={(event) => setPostcode(event.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-postcode-error` : undefined}
        />
        {fieldError && (
          <p id={`${id}-postcode-error`} className="nearest-chamber__field-error" role="alert">
            {fieldError}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Rechercher
        </button>
        <button type="button" onClick={locate} disabled={busy}>
          Utiliser ma position
        </button>
      </form>
      {searchError && (
        <p className="nearest-chamber__error" role="alert">
          {searchError}
        </p>
      )}
      {/* Always in the page: a live region only announces changes to an element that already exists. */}
      <ol className="nearest-chamber__results" aria-live="polite" aria-busy={busy}>
        {results?.map((chamber) => (
          <li key={chamber.id} className="nearest-chamber__result">
            <strong>{chamber.name}</strong>
            {chamber.city && <span> — {chamber.city}</span>}
            <span className="nearest-chamber__distance"> ({KM.format(chamber.distanceKm)} km)</span>
            {chamber.phone && (
              <>
                {' '}
                <a href={telHref(chamber.phone)}>{chamber.phone}</a>
              </>
            )}
          </li>
        ))}
      </ol>
      {results?.length === 0 && <p>Aucune chambre n’est encore localisée.</p>}
    </section>
  )
}
