import type { Region } from '../../lib/regions'
import { ALL_CHAMBERS, NATIONAL_CHAMBER, REGIONAL_CHAMBERS, TERRITORIAL_CHAMBERS } from '../data/chambers'
import { createMissing, ref, type Id, type Seeder } from './context'

/** How the other seed modules name a chamber: by department, by region, or the national head. */
export type ChamberRefs = {
  national: Id
  territorial: (departmentCode: string) => Id
  regional: (region: Region) => Id
  /** Every territorial chamber, in department order. */
  allTerritorial: Id[]
}

export async function seedChambers(seeder: Seeder): Promise<ChamberRefs> {
  const refs = await createMissing(
    seeder,
    'chambers',
    'name',
    ALL_CHAMBERS,
    (c) => c.name,
    (chamber) => seeder.payload.create({ collection: 'chambers', data: chamber, overrideAccess: true, depth: 0 }),
  )
  const byName = (name: string | undefined, what: string) => ref(refs, name ?? '', what)
  return {
    national: byName(NATIONAL_CHAMBER.name, 'chamber'),
    territorial: (code) =>
      byName(TERRITORIAL_CHAMBERS.find((c) => c.departmentCode === code)?.name, `territorial chamber ${code}`),
    regional: (region) =>
      byName(REGIONAL_CHAMBERS.find((c) => c.region === region)?.name, `regional chamber ${region}`),
    allTerritorial: TERRITORIAL_CHAMBERS.map((c) => byName(c.name, 'chamber')),
  }
}
