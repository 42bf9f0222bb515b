import type { Feature } from '../../lib/geo'
import type { Chamber } from '../../payload-types'
import { OUTLINES, outlinePath } from './franceOutline'
import { INSETS, MAP_VIEWBOX, placePoint } from './projection'

/** The `properties` of a feature from `GET /api/chambers/geojson`. */
export type ChamberProperties = {
  id: Chamber['id'] | string
  name: string
  kind: Chamber['kind']
  city: string | null
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
  { kind: 'territorial', radius: 3.5, fill: '#1d4ed8', legend: 'Chambre territoriale', heading: 'Chambres territoriales' },
]

const byName = (a: ChamberFeature, b: ChamberFeature) => a.properties.name.localeCompare(b.properties.name, 'fr')
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`
const tooltip = ({ name, city }: ChamberProperties) => (city ? `${name} — ${city}` : name)

function Points({ features }: { features: ChamberFeature[] }) {
  return KINDS.flatMap(({ kind, radius, fill }) =>
    features
      .filter((feature) => feature.properties.kind === kind)
      .map((feature) => {
        const [longitude, latitude] = feature.geometry.coordinates
        const place = placePoint(latitude, longitude)
        // A chamber outside every frame (abroad, or a territory without an inset) still appears in the list.
        if (!place) return null
        return (
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
      }),
  )
}

function ChamberContact({ chamber }: { chamber: ChamberProperties }) {
  return (
    <li className="chamber-list__item">
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
 * The network's map, drawn as inline SVG on the server, followed by the same chambers as a list. The map is
 * one image to assistive technology (no links inside, they would be unreachable under role="img"): the
 * list is where contacts are read and followed, with or without sight of the map.
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
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>Carte du réseau des CCI en France</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <g className="chamber-map__insets">
            {INSETS.map((inset) => (
              <g key={inset.frame} className="chamber-map__inset" data-frame={inset.frame}>
                <rect x={inset.x} y={inset.y} width={inset.width} height={inset.height} fill="#f8fafc" stroke="#94a3b8" />
                <text x={inset.x + 8} y={inset.y + 16} fontSize={13} fill="#334155">
                  {inset.label}
                </text>
              </g>
            ))}
          </g>
          <g className="chamber-map__land">
            {OUTLINES.map((outline) => (
              <path key={outline.frame} d={outlinePath(outline)} data-frame={outline.frame} fill="#e2e8f0" stroke="#64748b" strokeLinejoin="round" />
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
        {KINDS.map(({ kind, heading }) => {
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
      </section>
    </div>
  )
}
