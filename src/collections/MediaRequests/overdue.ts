import type { Payload, PayloadRequest, Where } from 'payload'

import { overdueRequestsWhere } from '../../lib/press/requestFlow'
import type { MediaRequest } from '../../payload-types'

export type OverdueRequest = Pick<
  MediaRequest,
  'id' | 'subject' | 'outlet' | 'journalistName' | 'deadline' | 'status'
> & { assignee: { id: number | string; name: string | null } | null }

/**
 * The media requests whose deadline has passed and that nobody has answered or declined, oldest
 * deadline first, as `req.user` may see them (all of them without a user). For the weekly meeting
 * board and the personal work view: `assignee` narrows them to one person's.
 */
export async function overdueMediaRequests(
  payload: Payload,
  now: Date,
  req?: Partial<PayloadRequest>,
  options: { assignee?: number | string } = {},
): Promise<OverdueRequest[]> {
  const { docs } = await payload.find({
    collection: 'media-requests',
    where: overdueRequestsWhere(now, options.assignee) as Where,
    sort: 'deadline',
    depth: 1,
    pagination: false,
    user: req?.user ?? undefined,
    overrideAccess: !req?.user,
    req,
  })
  return (docs as MediaRequest[]).map((r) => ({
    id: r.id,
    subject: r.subject,
    outlet: r.outlet,
    journalistName: r.journalistName,
    deadline: r.deadline,
    status: r.status,
    assignee:
      r.assignee && typeof r.assignee === 'object'
        ? { id: r.assignee.id, name: r.assignee.name ?? null }
        : r.assignee
          ? { id: r.assignee, name: null }
          : null,
  }))
}
