/** How a release's sending went, counted from its e-mail deliveries' statuses. */
export type SendCounts = { recipients: number; sent: number; failed: number; pending: number; cancelled: number }

export function countSends(statuses: readonly string[]): SendCounts {
  const counts: SendCounts = { recipients: statuses.length, sent: 0, failed: 0, pending: 0, cancelled: 0 }
  for (const status of statuses) {
    if (status === 'delivered') counts.sent += 1
    else if (status === 'failed') counts.failed += 1
    else if (status === 'cancelled') counts.cancelled += 1
    else counts.pending += 1
  }
  return counts
}
