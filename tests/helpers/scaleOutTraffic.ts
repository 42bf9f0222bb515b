import type { DeliveryEvent } from '../../src/distribution/types'

/**
 * The editorial traffic of the scale-out test, as data: each piece goes through a few steps, one
 * after the other, each through the instance the step names; the pieces run side by side. What
 * the site must be told, and what readers must see at the end, follow from the steps alone.
 */

export type Via = 'a' | 'b'

export type Step =
  /** Created published (approved and published in one save). */
  | { op: 'publish'; via: Via }
  /** Created as a draft: nobody is told, nobody sees it. */
  | { op: 'draft'; via: Via }
  /** A draft, or an unpublished piece, published. */
  | { op: 'publishDraft'; via: Via }
  /** The live text changed. */
  | { op: 'retitle'; via: Via }
  /** A draft saved over the published piece: readers keep the live text, nobody is told. */
  | { op: 'draftOver'; via: Via }
  | { op: 'unpublish'; via: Via }
  | { op: 'delete'; via: Via }

const SCENARIOS: Step[][] = [
  [
    { op: 'publish', via: 'a' },
    { op: 'retitle', via: 'b' },
  ],
  [
    { op: 'publish', via: 'b' },
    { op: 'unpublish', via: 'a' },
  ],
  [
    { op: 'draft', via: 'a' },
    { op: 'publishDraft', via: 'b' },
    { op: 'retitle', via: 'a' },
  ],
  [
    { op: 'publish', via: 'b' },
    { op: 'draftOver', via: 'a' },
    { op: 'delete', via: 'b' },
  ],
  [
    { op: 'publish', via: 'a' },
    { op: 'unpublish', via: 'b' },
    { op: 'publishDraft', via: 'a' },
  ],
]

export type Piece = {
  n: number
  title: string
  /** Only these pieces are in the topic the social scheduler takes. */
  social: boolean
  steps: Step[]
}

/** `site` pieces cycling through the scenarios, then `social` pieces published and retitled. */
export function plannedPieces(site: number, social: number): Piece[] {
  const pieces: Piece[] = []
  for (let n = 1; n <= site; n++)
    pieces.push({ n, title: `Dépêche ${n}`, social: false, steps: SCENARIOS[(n - 1) % SCENARIOS.length] })
  for (let n = site + 1; n <= site + social; n++)
    pieces.push({ n, title: `Annonce ${n}`, social: true, steps: SCENARIOS[0] })
  return pieces
}

/** What readers see of a piece after a step: null when it is not public (draft, unpublished, deleted). */
export type Live = { title: string } | null

/** The live state after a step, and the event the site must receive for it (if any). */
export function applyStep(
  piece: Piece,
  live: Live,
  step: Step,
  index: number,
): { live: Live; event: DeliveryEvent | null; title: string } {
  const retitled = `${piece.title} (version ${index + 1})`
  switch (step.op) {
    case 'publish':
      return { live: { title: piece.title }, event: 'published', title: piece.title }
    case 'draft':
      return { live: null, event: null, title: piece.title }
    case 'publishDraft':
      return { live: { title: piece.title }, event: 'published', title: piece.title }
    case 'retitle':
      return { live: { title: retitled }, event: 'updated', title: retitled }
    case 'draftOver':
      return { live, event: null, title: retitled }
    case 'unpublish':
      return { live: null, event: 'unpublished', title: live?.title ?? piece.title }
    case 'delete':
      return { live: null, event: live ? 'deleted' : null, title: live?.title ?? piece.title }
  }
}

/** The events the site must receive for a piece, in order. */
export function expectedEvents(piece: Piece): DeliveryEvent[] {
  let live: Live = null
  const events: DeliveryEvent[] = []
  piece.steps.forEach((step, index) => {
    const next = applyStep(piece, live, step, index)
    live = next.live
    if (next.event) events.push(next.event)
  })
  return events
}
