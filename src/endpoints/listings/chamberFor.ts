import type { PayloadRequest } from 'payload'

import type { Service } from '../../lib/crisis/kinds'
import type { Chamber } from '../../payload-types'

/**
 * The chamber that runs a service in a department: the one there that switched it on (a
 * territorial chamber first). `enabled: false` names the department's chamber to point the
 * business to, when there is one.
 */
export async function chamberFor(
  req: PayloadRequest,
  departmentCode: string,
  service: Service,
): Promise<{ enabled: true; chamber: Chamber } | { enabled: false; chamber?: Chamber }> {
  const { docs } = await req.payload.find({
    collection: 'chambers',
    where: { departmentCode: { equals: departmentCode } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ranked = [...docs].sort((a, b) => Number(b.kind === 'territorial') - Number(a.kind === 'territorial'))
  const enabled = ranked.find((chamber) => chamber.servicesEnabled?.includes(service))
  return enabled ? { enabled: true, chamber: enabled } : { enabled: false, chamber: ranked[0] }
}
