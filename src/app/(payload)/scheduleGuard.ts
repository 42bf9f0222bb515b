import config from '@payload-config'
import { headers } from 'next/headers'
import { createLocalReq, getPayload, type PayloadRequest } from 'payload'

import { assertSchedulable } from '../../endpoints/schedule'
import { titleOf, writeAudit } from '../../hooks/audit'

type ScheduleArgs = {
  type?: 'publish' | 'unpublish'
  date?: string
  deleteID?: number | string
  doc?: { relationTo: string; value: number | string }
}

/**
 * The admin's schedule drawer queues jobs through Payload's own server function, which checks only
 * the publish permission. The newsroom's rules (approved, after the embargo) are applied first, and
 * the decision is recorded in the audit trail, as the REST endpoint does.
 */
export async function guardSchedule(args: ScheduleArgs, run: () => Promise<unknown>): Promise<unknown> {
  if (args.deleteID !== undefined || !args.doc || !args.date) return run()
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  const req = (await createLocalReq({ user: user ?? undefined }, payload)) as PayloadRequest
  const doc = await assertSchedulable(req, args.doc.relationTo, args.doc.value, {
    type: args.type ?? 'publish',
    at: new Date(args.date),
  })
  const result = await run()
  await writeAudit(req, {
    action: 'schedule',
    collection: args.doc.relationTo,
    documentId: args.doc.value,
    documentTitle: titleOf(doc),
    note: `${args.type ?? 'publish'} at ${new Date(args.date).toISOString()}`,
  })
  return result
}
