/**
 * The platform's notion of "now" for time-based rules (embargo ends, overdue reviews). Tests move
 * it forward instead of sleeping; production never touches the offset.
 */
let offsetMs = 0

export function now(): Date {
  return new Date(Date.now() + offsetMs)
}

export function advanceClock(ms: number): void {
  offsetMs += ms
}

export function resetClock(): void {
  offsetMs = 0
}
