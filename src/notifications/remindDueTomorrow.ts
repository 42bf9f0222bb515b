import type { TaskConfig } from 'payload'

import { adminPath } from '../lib/adminLinks'
import { now } from '../lib/clock'
import { idOf, sameInstant } from '../lib/ids'
import { addDays, calendarDate } from '../lib/isoWeek'
import type { SubjectStatus } from '../lib/subjectFlow'
import { notify } from './notify'

export const REMIND_DUE_TOMORROW = 'remindDueTomorrow'
export const DAILY_QUEUE = 'daily'

const DAY = 86_400_000
/** Subjects someone is working on; a proposal or a postponed subject has no deadline to keep. */
const UNDER_WAY: SubjectStatus[] = ['accepted', 'assigned', 'in-progress']

type Due = { id: number; title: string; dueDate: string; assignee?: unknown; dueReminderFor?: string | null }

/**
 * Every morning, each assignee whose subject is due tomorrow (a Paris calendar day) gets a
 * reminder. The due date reminded for is kept on the subject, so a second run the same day sends
 * nothing, and moving the due date makes a new reminder possible.
 */
export const remindDueTomorrowTask: TaskConfig<{ input: object; output: { reminded: number } }> = {
  slug: REMIND_DUE_TOMORROW,
  label: 'Rappeler les échéances du lendemain',
  // 06:00 UTC: 07:00 or 08:00 in Paris, before the newsroom's day starts.
  schedule: [{ cron: '0 0 6 * * *', queue: DAILY_QUEUE }],
  outputSchema: [{ name: 'reminded', type: 'number' }],
  handler: async ({ req }) => {
    const tomorrow = addDays(calendarDate(now()), 1)
    const midnight = Date.parse(`${tomorrow}T00:00:00Z`)
    // A wide UTC range, narrowed below to the exact Paris day.
    const { docs } = await req.payload.find({
      collection: 'subjects',
      where: {
        and: [
          { dueDate: { greater_than_equal: new Date(midnight - DAY).toISOString() } },
          { dueDate: { less_than: new Date(midnight + 2 * DAY).toISOString() } },
          { status: { in: UNDER_WAY } },
          { assignee: { exists: true } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    let reminded = 0
    for (const subject of docs as unknown as Due[]) {
      if (calendarDate(new Date(subject.dueDate)) !== tomorrow || sameInstant(subject.dueReminderFor, subject.dueDate))
        continue
      await notify(req, [idOf(subject.assignee)], {
        kind: 'dueTomorrow',
        subject: { title: subject.title, path: adminPath('subjects', subject.id) },
        dueDate: subject.dueDate,
      })
      await req.payload.update({
        collection: 'subjects',
        id: subject.id,
        data: { dueReminderFor: subject.dueDate } as never,
        overrideAccess: true,
        depth: 0,
        req,
      })
      reminded += 1
    }
    return { output: { reminded } }
  },
}
