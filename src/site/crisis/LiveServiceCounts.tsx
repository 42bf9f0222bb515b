'use client'

import { useEffect, useState } from 'react'

const SERVICES = {
  'geolocated-map': {
    collection: 'businesses',
    path: '/commerces-ouverts',
    listings: 'commerces ouverts inscrits',
    link: 'Voir la carte des commerces ouverts',
  },
  'mutual-aid-exchange': {
    collection: 'aid-posts',
    path: '/entraide',
    listings: 'annonces d’entraide ouvertes',
    link: 'Voir la bourse d’entraide',
  },
} as const

/**
 * For an initiative the platform runs itself: the live count of chambers that switched the service on
 * and of listings, read when the page is shown (the page itself is cached).
 */
export function LiveServiceCounts({ kind }: { kind: string }) {
  const service = SERVICES[kind as keyof typeof SERVICES]
  const [counts, setCounts] = useState<{ chambers: number; live: number } | null>(null)
  useEffect(() => {
    if (!service) return
    fetch(`/api/${service.collection}/stats`, { headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then(setCounts, () => setCounts(null))
  }, [service])
  if (!service) return null
  return (
    <section className="live-service" aria-live="polite" data-testid="live-service-counts">
      <h2>Sur la plateforme</h2>
      {counts ? (
        <p>
          {counts.chambers} chambre(s) ont ouvert ce service · {counts.live} {service.listings}
        </p>
      ) : (
        <p>Chargement des chiffres…</p>
      )}
      <p>
        <a href={service.path}>{service.link}</a>
      </p>
    </section>
  )
}
