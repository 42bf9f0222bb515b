import type { Feature } from '../../lib/geo'
import { ChamberMap, type ChamberFeature } from '../map/ChamberMap'
import { NearestChamberForm } from '../map/NearestChamberForm'

type Located = Feature<ChamberFeature['properties'] & { departmentCode: string | null }>

/** The map, the nearest-chamber form, and the list for those who cannot use either. */
export function ContactsView({ features }: { features: Located[] }) {
  // A department's own chamber stands for it when a reader gives a postal code.
  const departments = features
    .filter((f) => f.properties.kind === 'territorial' && f.properties.departmentCode)
    .map((f) => ({
      code: f.properties.departmentCode!,
      latitude: f.geometry.coordinates[1],
      longitude: f.geometry.coordinates[0],
    }))
  return (
    <>
      <h1>Contacter une chambre de commerce</h1>
      <NearestChamberForm departments={departments} />
      <ChamberMap features={features} />
    </>
  )
}
