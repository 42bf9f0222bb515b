import type { Feature } from '../../lib/geo'
import type { Chamber } from '../../payload-types'
import { REGIONS } from '../../lib/regions'
import { OUTLINES, outlinePath } from './franceOutline'
import { overlappingGroups } from './groups'
import { INSETS, MAP_VIEWBOX, placePoint } from './projection'

/** The `properties` of a feature from `GET /api/chambers/geojson`. */
export type ChamberProperties = {
  id: Chamber['id'] | string
  name: string
  kind: Chamber['kind']
  city: string | null
  region?: string | null
  phone: string | null
  email: string | null
  website: string | null
  hotline: string | null
}
export type ChamberFeature = Feature<ChamberProperties>

// Largest first: the national and regional chambers share their city's point with a territorial chamber,
// so drawing them underneath leaves concentric rings where every chamber stays visible.
const KINDS: { kind: Chamber['kind']; radius: number; fill: string; legend: string; heading: string }[] = [
  { kind: 'cci-france', radius: 10, fill: '#b91c1c', legend: 'CCI France', heading: 'Tête de réseau' },
  { kind: 'regional', radius: 6.5, fill: '#d97706', legend: 'Chambre régionale', heading: 'Chambres régionales' },
  {
    kind: 'territorial',
    radius: 3.5,
    fill: '#1d4ed8',
    legend: 'Chambre territoriale',
    heading: 'Chambres territoriales',
  },
]

const byName = (a: ChamberFeature, b: ChamberFeature) => a.properties.name.localeCompare(b.properties.name, 'fr')
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`
const tooltip = ({ name, city }: ChamberProperties) => (city ? `${name} — ${city}` : name)

export const chamberAnchor = (id: ChamberProperties['id']) => `chamber-${id}`
export const regionAnchor = (region: string | null | undefined) => `region-${region || 'national'}`
const REGION_NAMES: Record<string, string> = Object.fromEntries(REGIONS.map((r) => [r.value, r.name]))

/**
 * Each chamber is a link to its card in the list below (focusable, and followed with Enter like any
 * link); chambers that would overlap at this scale are drawn under one group marker that leads to
 * their region's list.
 */
function Points({ features }: { features: ChamberFeature[] }) {
  const placed = features.flatMap((feature) => {
    const [longitude, latitude] = feature.geometry.coordinates
    const place = placePoint(latitude, longitude)
    return place ? [{ feature, place }] : []
  })
  const groups = overlappingGroups(
    placed
      .filter(({ feature }) => feature.properties.kind === 'territorial')
      .map(({ feature, place }) => ({
        key: String(feature.properties.id),
        x: place.x,
        y: place.y,
        region: feature.properties.region ?? null,
      })),
  )
  const grouped = new Set(groups.flatMap((g) => g.keys))
  const points = KINDS.flatMap(({ kind, radius, fill }) =>
    placed
      .filter(({ feature }) => feature.properties.kind === kind)
      .map(({ feature, place }) => {
        // A chamber outside every frame (abroad, or a territory without an inset) still appears in the list.
        const circle = (
          <circle
            key={`${kind}-${feature.properties.id}`}
            className={`chamber-point chamber-point--${kind}`}
            data-kind={kind}
            data-frame={place.frame}
            cx={place.x.toFixed(1)}
            cy={place.y.toFixed(1)}
            r={radius}
            fill={fill}
            stroke="#fff"
            strokeWidth={1}
          >
            <title>{tooltip(feature.properties)}</title>
          </circle>
        )
        if (grouped.has(String(feature.properties.id))) return circle
        return (
          <a
            key={`${kind}-${feature.properties.id}`}
            className="chamber-point-link"
            href={`#${chamberAnchor(feature.properties.id)}`}
            aria-label={tooltip(feature.properties)}
          >
            {circle}
          </a>
        )
      }),
  )
  return (
    <>
      {points}
      {groups.map((group) => {
        const label = `${group.keys.length} chambres ${group.region ? `en ${REGION_NAMES[group.region] ?? group.region}` : 'proches'} : voir la liste`
        return (
          <a
            key={group.keys.join('-')}
            className="chamber-group-link"
            href={`#${regionAnchor(group.region)}`}
            aria-label={label}
          >
            <g className="chamber-group" data-count={group.keys.length}>
              <title>{label}</title>
              <circle
                cx={group.x.toFixed(1)}
                cy={group.y.toFixed(1)}
                r={11}
                fill="#1d4ed8"
                stroke="#fff"
                strokeWidth={2}
              />
              <text
                x={group.x.toFixed(1)}
                y={(group.y + 4).toFixed(1)}
                textAnchor="middle"
                fontSize={11}
                fontWeight={700}
                fill="#fff"
              >
                {group.keys.length}
              </text>
            </g>
          </a>
        )
      })}
    </>
  )
}

function ChamberContact({ chamber }: { chamber: ChamberProperties }) {
  return (
    <li className="chamber-list__item" id={chamberAnchor(chamber.id)} tabIndex={-1}>
      <strong className="chamber-list__name">{chamber.name}</strong>
      {chamber.city && <span className="chamber-list__city"> — {chamber.city}</span>}
      <ul className="chamber-list__contacts">
        {chamber.phone && (
          <li>
            Téléphone : <a href={telHref(chamber.phone)}>{chamber.phone}</a>
          </li>
        )}
        {chamber.hotline && (
          <li>
            Ligne d’urgence : <a href={telHref(chamber.hotline)}>{chamber.hotline}</a>
          </li>
        )}
        {chamber.email && (
          <li>
            Courriel : <a href={`mailto:${chamber.email}`}>{chamber.email}</a>
          </li>
        )}
        {chamber.website && (
          <li>
            Site : <a href={chamber.website}>{chamber.website.replace(/^https?:\/\//, '')}</a>
          </li>
        )}
      </ul>
    </li>
  )
}

/**
 * The network's map, drawn as inline SVG on the server, followed by the same chambers as a list folded
 * by region. Each point links to its chamber's card in the list (the browser unfolds the region when
 * the link is followed); the list is where contacts are read and followed, with or without the map.
 */
export function ChamberMap({ features, id = 'chamber-map' }: { features: ChamberFeature[]; id?: string }) {
  const count = (kind: Chamber['kind']) => features.filter((f) => f.properties.kind === kind).length
  const description =
    `${features.length} chambres de commerce et d’industrie : ${count('territorial')} territoriales, ` +
    `${count('regional')} régionales et CCI France. Les départements d’outre-mer figurent en encarts. ` +
    'La liste complète des chambres et de leurs coordonnées suit la carte.'
  return (
    <div className="chamber-map">
      <figure className="chamber-map__figure">
        <svg
          className="chamber-map__svg"
          viewBox={`0 0 ${MAP_VIEWBOX.width} ${MAP_VIEWBOX.height}`}
          role="group"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>Carte du réseau des CCI en France</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <g className="chamber-map__insets">
            {INSETS.map((inset) => (
              <g key={inset.frame} className="chamber-map__inset" data-frame={inset.frame}>
                <rect
                  x={inset.x}
                  y={inset.y}
                  width={inset.width}
                  height={inset.height}
                  fill="#f8fafc"
                  stroke="#94a3b8"
                />
                <text x={inset.x + 8} y={inset.y + 16} fontSize={13} fill="#334155">
                  {inset.label}
                </text>
              </g>
            ))}
          </g>
          <g className="chamber-map__land">
            {OUTLINES.map((outline) => (
              <path
                key={outline.frame}
                d={outlinePath(outline)}
                data-frame={outline.frame}
                fill="#e2e8f0"
                stroke="#64748b"
                strokeLinejoin="round"
              />
            ))}
          </g>
          <g className="chamber-map__points">
            <Points features={features} />
          </g>
        </svg>
        <figcaption className="chamber-map__legend">
          <ul>
            {KINDS.map(({ kind, fill, legend }) => (
              <li key={kind} className={`chamber-map__legend-item chamber-map__legend-item--${kind}`}>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                  <circle cx="7" cy="7" r="6" fill={fill} />
                </svg>{' '}
                {legend}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <section className="chamber-list" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>Liste des chambres</h2>
        {KINDS.filter(({ kind }) => kind !== 'territorial').map(({ kind, heading }) => {
          const group = features.filter((f) => f.properties.kind === kind).sort(byName)
          if (group.length === 0) return null
          return (
            <section key={kind} className={`chamber-list__group chamber-list__group--${kind}`}>
              <h3>{heading}</h3>
              <ul>
                {group.map((feature) => (
                  <ChamberContact key={feature.properties.id} chamber={feature.properties} />
                ))}
              </ul>
            </section>
          )
        })}
        <section className="chamber-list__group chamber-list__group--territorial">
          <h3>Chambres territoriales, par région</h3>
          {[...REGIONS.map((r) => r.value), null].map((region) => {
            const group = features
              .filter((f) => f.properties.kind === 'territorial' && (f.properties.region ?? null) === region)
              .sort(byName)
            if (group.length === 0) return null
            return (
              <details key={region ?? 'other'} id={regionAnchor(region)} className="chamber-region">
                <summary>
                  {region ? (REGION_NAMES[region] ?? region) : 'Autres chambres'}{' '}
                  <span className="chamber-region__count">({group.length})</span>
                </summary>
                <ul>
                  {group.map((feature) => (
                    <ChamberContact key={feature.properties.id} chamber={feature.properties} />
                  ))}
                </ul>
              </details>
            )
          })}
        </section>
      </section>
    </div>
  )
}
