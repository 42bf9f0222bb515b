'use client'

import { useEffect, useId, useState, type FormEvent } from 'react'

import {
  BUSINESS_CATEGORIES,
  BUSINESS_CATEGORY_LABELS,
  BUSINESS_SERVICE_LABELS,
  BUSINESS_SERVICES,
} from '../../lib/crisis/kinds'
import { boxAround, FranceMap, LocalMap, placeInFrance, project, type Box } from './LocalMap'
import { getJson, pointOfPostalCode } from './api'

type Properties = {
  cluster?: true
  count?: number
  id?: number
  name?: string
  category?: string
  city?: string
  services?: string[]
  phone?: string | null
  website?: string | null
}
type Feature = { geometry: { coordinates: [number, number] }; properties: Properties }
type Collection = { clustered: boolean; total: number; features: Feature[] }

const FRANCE: Box = { west: -5.5, south: 41, east: 10, north: 51.5 }
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`
const label = (value: string | undefined, labels: Record<string, { fr: string }>) =>
  value ? (labels[value]?.fr ?? value) : ''

/**
 * The open businesses: the whole country as clusters, a town as points, filtered by category and
 * service. The list under the map carries the same results for keyboards and screen readers: a
 * cluster is a button that zooms in.
 */
export function BusinessMap() {
  const id = useId()
  const [box, setBox] = useState<Box>(FRANCE)
  const [category, setCategory] = useState('')
  const [service, setService] = useState('')
  const [postalCode, setPostalCode] = useState('')
  const [data, setData] = useState<Collection | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const query = new URLSearchParams({
      bbox: [box.west, box.south, box.east, box.north].map((n) => n.toFixed(4)).join(','),
    })
    if (category) query.set('category', category)
    if (service) query.set('service', service)
    getJson<Collection>(`/api/businesses/geojson?${query}`).then(setData, (e: Error) => setError(e.message))
  }, [box, category, service])

  const zoomTo = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      setBox(boxAround(await pointOfPostalCode(postalCode)))
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const point = (f: Feature) => ({ latitude: f.geometry.coordinates[1], longitude: f.geometry.coordinates[0] })
  const zoomed = box !== FRANCE

  return (
    <section className="crisis-map" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>La carte</h2>
      <form className="crisis-filters" onSubmit={zoomTo}>
        <label>
          Catégorie{' '}
          <select value={category} onChange={(e) => setCategory(e.target.value)} data-testid="filter-category">
            <option value="">Toutes</option>
            {BUSINESS_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {BUSINESS_CATEGORY_LABELS[value].fr}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Service{' '}
          <select value={service} onChange={(e) => setService(e.target.value)}>
            <option value="">Tous</option>
            {BUSINESS_SERVICES.map((value) => (
              <option key={value} value={value}>
                {BUSINESS_SERVICE_LABELS[value].fr}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Autour du code postal{' '}
          <input
            value={postalCode}
            onChange={(e) => setPostalCode(e.target.value)}
            inputMode="numeric"
            maxLength={5}
            size={6}
            data-testid="map-postal-code"
          />
        </label>{' '}
        <button type="submit">Afficher</button>{' '}
        {zoomed && (
          <button type="button" onClick={() => setBox(FRANCE)}>
            Toute la France
          </button>
        )}
      </form>
      {error && (
        <p role="alert" className="crisis-error">
          {error}
        </p>
      )}
      {data && !zoomed && (
        <FranceMap label={`${data.total} commerces ouverts en France`}>
          {data.features.map((f, i) => {
            const place = placeInFrance(point(f))
            if (!place) return null
            const count = f.properties.count ?? 1
            return (
              <g key={i} className="crisis-cluster" onClick={() => setBox(boxAround(point(f), 0.3))}>
                <circle
                  cx={place.x}
                  cy={place.y}
                  r={8 + Math.min(20, Math.sqrt(count) * 3)}
                  fill="#1d4ed8"
                  fillOpacity={0.8}
                  stroke="#fff"
                />
                <text x={place.x} y={place.y + 4} textAnchor="middle" fontSize={12} fill="#fff">
                  {count}
                </text>
              </g>
            )
          })}
        </FranceMap>
      )}
      {data && zoomed && (
        <LocalMap box={box} label={`${data.total} commerces ouverts dans la zone`}>
          {data.features.map((f, i) => {
            const at = project(box, point(f))
            return f.properties.cluster ? (
              <g key={i}>
                <circle cx={at.x} cy={at.y} r={12} fill="#1d4ed8" />
                <text x={at.x} y={at.y + 4} textAnchor="middle" fontSize={11} fill="#fff">
                  {f.properties.count}
                </text>
              </g>
            ) : (
              <circle
                key={i}
                cx={at.x}
                cy={at.y}
                r={7}
                fill="#15803d"
                stroke="#fff"
                strokeWidth={2}
                data-testid="business-point"
              >
                <title>{f.properties.name}</title>
              </circle>
            )
          })}
        </LocalMap>
      )}
      <div aria-live="polite" className="crisis-results" data-testid="business-results">
        {data && (
          <p>
            {data.total === 0
              ? 'Aucun commerce ouvert dans cette zone avec ces critères.'
              : `${data.total} commerce(s) ouvert(s) dans cette zone.`}
          </p>
        )}
        <ul>
          {data?.features.map((f, i) =>
            f.properties.cluster ? (
              <li key={i}>
                <button
                  type="button"
                  onClick={() => setBox(boxAround(point(f), zoomed ? (box.north - box.south) / 6 : 0.3))}
                >
                  {f.properties.count} commerce(s) près de {point(f).latitude.toFixed(2)},{' '}
                  {point(f).longitude.toFixed(2)} : voir de plus près
                </button>
              </li>
            ) : (
              <li key={i} className="crisis-business">
                <strong>{f.properties.name}</strong> — {f.properties.city} ·{' '}
                {label(f.properties.category, BUSINESS_CATEGORY_LABELS)}
                {f.properties.services?.length
                  ? ` · ${f.properties.services.map((s) => label(s, BUSINESS_SERVICE_LABELS)).join(', ')}`
                  : ''}
                {f.properties.phone && (
                  <>
                    {' '}
                    · <a href={telHref(f.properties.phone)}>{f.properties.phone}</a>
                  </>
                )}
                {f.properties.website && (
                  <>
                    {' '}
                    ·{' '}
                    <a href={f.properties.website} rel="nofollow noopener">
                      site web
                    </a>
                  </>
                )}
              </li>
            ),
          )}
        </ul>
      </div>
    </section>
  )
}
