import { isDepartmentCode } from '../../lib/regions'

/**
 * Turns a French postal code into a point without any geocoding service: the department's reference
 * point is close enough to rank the nearest chambers, and no visitor's input leaves the site.
 */

export type DepartmentPoint = { code: string; latitude: number; longitude: number }

export const POSTCODE_FORMAT_MESSAGE = 'Saisissez un code postal de 5 chiffres, par exemple 75008.'

/** Spaces are forgiven ("75 008"), as people type postal codes the way letters print them. */
export const normalisePostcode = (input: string): string => input.replace(/\s+/g, '')

/**
 * The department a postal code belongs to, or null for anything that is not five digits. Corsica shares the
 * 20 prefix (20000–20199 Corse-du-Sud, the rest Haute-Corse); overseas codes carry three department digits.
 * The code is not checked against the list of departments: Monaco's 98000 yields "98".
 */
export function departmentOfPostcode(input: string): string | null {
  const postcode = normalisePostcode(input)
  if (!/^\d{5}$/.test(postcode)) return null
  if (postcode.startsWith('20')) return Number(postcode) < 20200 ? '2A' : '2B'
  if (postcode.startsWith('97')) return postcode.slice(0, 3)
  return postcode.slice(0, 2)
}

/** The reference point for a postal code, or the message to show beside the field. */
export function pointForPostcode(
  input: string,
  departments: readonly DepartmentPoint[],
): { point: { latitude: number; longitude: number }; departmentCode: string } | { error: string } {
  const code = departmentOfPostcode(input)
  if (code === null) return { error: POSTCODE_FORMAT_MESSAGE }
  const department = isDepartmentCode(code) ? departments.find((d) => d.code === code) : undefined
  if (!department)
    return {
      error: `Le code postal ${normalisePostcode(input)} ne correspond à aucun département couvert par le réseau.`,
    }
  return { point: { latitude: department.latitude, longitude: department.longitude }, departmentCode: code }
}
