'use client'

import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'

import { OUTLINES, outlinePath } from '../map/franceOutline'
import { MAP_VIEWBOX, placePoint } from '../map/projection'

export type Box = { west: number; south: number; east: number; north: number }
export type LatLng = { latitude: number; longitude: number }

const WIDTH = 600
const HEIGHT = 400

/** A box around a point, about 15 km across: a town and its surroundings. */
export const boxAround = ({ latitude, longitude }: LatLng, half = 0.07): Box => ({
  west: longitude - half * 1.5,
  east: longitude + half * 1.5,
  south: latitude - half,
  north: latitude + half,
})

export const project = (box: Box, { latitude, longitude }: LatLng) => ({
  x: ((longitude - box.west) / (box.east - box.west)) * WIDTH,
  y: ((box.north - latitude) / (box.north - box.south)) * HEIGHT,
})

/**
 * A plain map of a small box (no tiles: the platform works offline), a grid every kilometre or so, and
 * whatever the caller draws on it. `onPick` makes a click (or the arrow keys) choose a point.
 */
export function LocalMap({
  box,
  label,
  children,
  onPick,
  pin,
}: {
  box: Box
  label: string
  children?: ReactNode
  onPick?: (point: LatLng) => void
  pin?: LatLng | null
}) {
  const pick = (event: MouseEvent<SVGSVGElement>) => {
    if (!onPick) return
    const rect = event.currentTarget.getBoundingClientRect()
    const fx = (event.clientX - rect.left) / rect.width
    const fy = (event.clientY - rect.top) / rect.height
    onPick({ latitude: box.north - fy * (box.north - box.south), longitude: box.west + fx * (box.east - box.west) })
  }
  // About 100 m a key press: the pin is placed with the keyboard as well as with the mouse.
  const step = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!onPick || !pin) return
    const moves: Record<string, [number, number]> = {
      ArrowUp: [0.001, 0],
      ArrowDown: [-0.001, 0],
      ArrowLeft: [0, -0.0014],
      ArrowRight: [0, 0.0014],
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    onPick({ latitude: pin.latitude + move[0], longitude: pin.longitude + move[1] })
  }
  const lines = Array.from({ length: 9 }, (_, i) => i + 1)
  const at = pin ? project(box, pin) : null
  return (
    <svg
      className="crisis-map__svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role={onPick ? 'application' : 'img'}
      aria-label={label}
      tabIndex={onPick ? 0 : undefined}
      onClick={pick}
      onKeyDown={step}
      data-testid={onPick ? 'pin-map' : 'local-map'}
    >
      <rect width={WIDTH} height={HEIGHT} fill="#f1f5f9" />
      {lines.map((i) => (
        <g key={i} stroke="#cbd5e1" strokeWidth={0.5}>
          <line x1={(i * WIDTH) / 10} y1={0} x2={(i * WIDTH) / 10} y2={HEIGHT} />
          <line x1={0} y1={(i * HEIGHT) / 10} x2={WIDTH} y2={(i * HEIGHT) / 10} />
        </g>
      ))}
      {children}
      {at && (
        <g className="crisis-map__pin" transform={`translate(${at.x.toFixed(1)} ${at.y.toFixed(1)})`}>
          <path d="M0 0 L-8 -18 A10 10 0 1 1 8 -18 Z" fill="#b91c1c" stroke="#fff" strokeWidth={1.5} />
        </g>
      )}
    </svg>
  )
}

/** France with its overseas insets, for the zoomed-out view of clusters. */
export function FranceMap({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <svg
      className="crisis-map__svg"
      viewBox={`0 0 ${MAP_VIEWBOX.width} ${MAP_VIEWBOX.height}`}
      role="img"
      aria-label={label}
      data-testid="france-map"
    >
      {OUTLINES.map((outline) => (
        <path key={outline.frame} d={outlinePath(outline)} fill="#e2e8f0" stroke="#64748b" strokeLinejoin="round" />
      ))}
      {children}
    </svg>
  )
}

export const placeInFrance = (point: LatLng) => placePoint(point.latitude, point.longitude)
