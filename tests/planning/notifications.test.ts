import { addDays, calendarDate } from '../../src/lib/isoWeek'
import { now } from '../../src/lib/clock'
import { startTestApp, type TestApp } from '../helpers/app'
import { makeMeeting, makeSubject, ROLE_EMAILS, userIds, type DemoRole } from '../helpers/planning'
import { startSmtp, type TestSmtp } from '../helpers/smtp'

let app: TestApp
let smtp: TestSmtp
let ids: Record<DemoRole, number>
const tokens: Partial<Record<DemoRole, string>> = {}
beforeAll(async () => {
  smtp = await startSmtp()
  app = await startTestApp('notifications', {
    seed: true,
    env: {
      SMTP_URL: smtp.url,
      SERVER_URL: 'https://newsroom.example',
      EMAIL_FROM: 'Rédaction <redaction@newsroom.example>',
    },
  })
  ids = await userIds(app.payload)
  for (const role of Object.keys(ROLE_EMAILS) as DemoRole[]) tokens[role] = await app.login(ROLE_EMAILS[role])
}, 120_000)
afterAll(async () => {
  await app.close()
  await smtp.close()
})

/** Sends what the committed changes queued; once it resolves, the SMTP server has every message. */
async function deliver() {
  await app.payload.jobs.run({ queue: 'notifications', limit: 100, silent: true })
  const { totalDocs } = await app.payload.count({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: 'notifications' } }, { completedAt: { exists: false } }] },
    overrideAccess: true,
  })
  expect(totalDocs).toBe(0)
}

const inbox = (role: DemoRole) => smtp.to(ROLE_EMAILS[role])
const patch = (role: DemoRole, path: string, json: Record<string, unknown>) =>
  app.request(path, { method: 'PATCH', token: tokens[role], json })

describe('e-mail notifications, received by a real SMTP server', () => {
  test('assignment: the assignee hears of it, in French, with a link into the admin', async () => {
    const subject = await makeSubject(app.payload, {
      title: 'Les aides à l’export',
      status: 'accepted',
      angle: 'Pour les PME industrielles',
    })
    expect(
      (
        await patch('editor', `/api/subjects/${subject.id}`, {
          status: 'assigned',
          assignee: ids.journalist,
          dueDate: '2031-02-14T12:00:00.000Z',
        })
      ).status,
    ).toBe(200)
    await deliver()
    const mail = await smtp.waitFor((m) => m.subject === 'Sujet attribué : Les aides à l’export')
    expect(mail.envelopeTo).toEqual([ROLE_EMAILS.journalist])
    expect(mail.from).toContain('redaction@newsroom.example')
    expect(mail.text).toContain(
      'Hélène Dubois vous a attribué le sujet « Les aides à l’export », à rendre pour le vendredi 14 février 2031.',
    )
    expect(mail.text).toContain(`https://newsroom.example/admin/collections/subjects/${subject.id}`)
    expect(mail.html).toContain(`href="https://newsroom.example/admin/collections/subjects/${subject.id}"`)
  })

  test('submitted for review: the editors; changes requested: the author', async () => {
    const created = await app.request('/api/articles', {
      method: 'POST',
      token: tokens.journalist,
      json: { title: 'Le télétravail en TPE', format: 'news' },
    })
    const { doc } = (await created.json()) as { doc: { id: number } }
    await patch('journalist', `/api/articles/${doc.id}?draft=true`, { workflowStatus: 'in-review' })
    await deliver()
    const review = await smtp.waitFor((m) => m.subject === 'À relire : Le télétravail en TPE')
    expect(review.envelopeTo).toEqual([ROLE_EMAILS.editor])
    expect(review.text).toContain('Julien Moreau a soumis « Le télétravail en TPE » à relecture.')
    expect(inbox('journalist').some((m) => m.subject.startsWith('À relire'))).toBe(false)

    await patch('editor', `/api/articles/${doc.id}?draft=true`, {
      workflowStatus: 'changes-requested',
      reviewNote: 'Sourcer les chiffres.',
    })
    await deliver()
    const back = await smtp.waitFor((m) => m.subject === 'Modifications demandées : Le télétravail en TPE')
    expect(back.envelopeTo).toEqual([ROLE_EMAILS.journalist])
    expect(back.text).toContain('Sa note : Sourcer les chiffres.')
  })

  test('a mention: the person mentioned, resolved by name or e-mail local part', async () => {
    const subject = await makeSubject(app.payload, { title: 'Le prix de l’énergie' })
    const response = await app.request('/api/comments?depth=0', {
      method: 'POST',
      token: tokens.journalist,
      json: {
        body: '@Hélène Dubois et @community : on en parle lundi ?',
        target: { relationTo: 'subjects', value: subject.id },
      },
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: { mentions: number[] } }).doc.mentions.sort()).toEqual(
      [ids.editor, ids.community].sort(),
    )
    await deliver()
    for (const role of ['editor', 'community'] as DemoRole[]) {
      const mail = await smtp.waitFor(
        (m) =>
          m.envelopeTo.includes(ROLE_EMAILS[role]) &&
          m.subject === 'Julien Moreau vous a mentionné : Le prix de l’énergie',
      )
      expect(mail.text).toContain('« @Hélène Dubois et @community : on en parle lundi ? »')
    }
  })

  test('meeting closed: the attendees get the decisions, the person closing does not', async () => {
    const subject = await makeSubject(app.payload, { title: 'Le bilan des PGE' })
    const meeting = await makeMeeting(app.payload, {
      status: 'open',
      facilitator: ids.editor,
      attendees: [ids.journalist, ids.community],
      decisions: [{ subject: subject.id, decision: 'accepted', note: 'Pour janvier' }],
    })
    const before = inbox('editor').length
    expect(
      (await app.request(`/api/editorial-meetings/${meeting.id}/close`, { method: 'POST', token: tokens.editor }))
        .status,
    ).toBe(200)
    await deliver()
    for (const role of ['journalist', 'community'] as DemoRole[]) {
      const mail = await smtp.waitFor(
        (m) =>
          m.envelopeTo.includes(ROLE_EMAILS[role]) &&
          m.subject === `Conférence de rédaction ${meeting.week} : relevé de décisions`,
      )
      expect(mail.text).toContain('- « Le bilan des PGE » : acté (Pour janvier)')
      expect(mail.text).toContain(`https://newsroom.example/admin/collections/editorial-meetings/${meeting.id}/board`)
    }
    expect(
      inbox('editor')
        .slice(before)
        .some((m) => m.subject.includes('relevé de décisions')),
    ).toBe(false)
  })

  test('due tomorrow: the daily task reminds the assignee once', async () => {
    const tomorrow = addDays(calendarDate(now()), 1)
    const subject = await makeSubject(app.payload, {
      title: 'Échéance imminente',
      status: 'assigned',
      assignee: ids.journalist,
      dueDate: `${tomorrow}T10:00:00.000Z`,
    })
    const later = await makeSubject(app.payload, {
      title: 'Échéance lointaine',
      status: 'assigned',
      assignee: ids.journalist,
      dueDate: `${addDays(tomorrow, 1)}T10:00:00.000Z`,
    })
    const remind = async () => {
      await app.payload.jobs.queue({ task: 'remindDueTomorrow', queue: 'daily', input: {} })
      await app.payload.jobs.run({ queue: 'daily', silent: true })
      await deliver()
    }
    await remind()
    await smtp.waitFor((m) => m.subject === 'Échéance demain : Échéance imminente')
    await remind()
    expect(inbox('journalist').filter((m) => m.subject === 'Échéance demain : Échéance imminente')).toHaveLength(1)
    expect(inbox('journalist').some((m) => m.subject.includes(later.title))).toBe(false)
    const reminded = await app.payload.findByID({
      collection: 'subjects',
      id: subject.id,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect((reminded as { dueReminderFor?: string }).dueReminderFor).toBe(subject.dueDate)
  })
})

describe('what is not sent', () => {
  test('a kind the user switched off', async () => {
    expect(
      (await patch('journalist', `/api/users/${ids.journalist}`, { notifications: { assignment: false } })).status,
    ).toBe(200)
    try {
      const off = await makeSubject(app.payload, { title: 'Attribution silencieuse', status: 'accepted' })
      await patch('editor', `/api/subjects/${off.id}`, { status: 'assigned', assignee: ids.journalist })
      // A mention in the same batch proves the batch was delivered.
      await app.request('/api/comments', {
        method: 'POST',
        token: tokens.editor,
        json: { body: '@journalist voir ce sujet', target: { relationTo: 'subjects', value: off.id } },
      })
      await deliver()
      await smtp.waitFor(
        (m) =>
          m.envelopeTo.includes(ROLE_EMAILS.journalist) &&
          m.subject === 'Hélène Dubois vous a mentionné : Attribution silencieuse',
      )
      expect(inbox('journalist').some((m) => m.subject === 'Sujet attribué : Attribution silencieuse')).toBe(false)
    } finally {
      await patch('journalist', `/api/users/${ids.journalist}`, { notifications: { assignment: true } })
    }
  })

  test('a change that rolled back: its messages go with it', async () => {
    const first = await makeSubject(app.payload, { title: 'Attribution annulée', targetType: 'articles' })
    const second = await makeSubject(app.payload, { title: 'Décision impossible', targetType: 'articles' })
    const meeting = await makeMeeting(app.payload, {
      status: 'open',
      attendees: [ids.journalist],
      decisions: [
        { subject: first.id, decision: 'assigned', assignee: ids.journalist },
        { subject: second.id, decision: 'assigned', assignee: ids.community },
      ],
    })
    const closing = await app.request(`/api/editorial-meetings/${meeting.id}/close`, {
      method: 'POST',
      token: tokens.editor,
    })
    expect(closing.status).toBe(400)
    // The first decision was applied, and its assignment queued, before the second failed.
    const barrier = await makeSubject(app.payload, { title: 'Attribution confirmée', status: 'accepted' })
    await patch('editor', `/api/subjects/${barrier.id}`, { status: 'assigned', assignee: ids.journalist })
    await deliver()
    await smtp.waitFor((m) => m.subject === 'Sujet attribué : Attribution confirmée')
    expect(
      smtp.messages.some((m) => m.subject.includes('Attribution annulée') || m.subject.includes(meeting.week)),
    ).toBe(false)
  })

  test('nobody is told of their own action, and system changes tell nobody', async () => {
    const count = smtp.messages.length
    const own = await makeSubject(app.payload, { title: 'Pour moi-même', status: 'accepted' })
    await patch('editor', `/api/subjects/${own.id}`, { status: 'assigned', assignee: ids.editor })
    await makeSubject(app.payload, { title: 'Posé par le système', status: 'assigned', assignee: ids.journalist })
    await deliver()
    expect(smtp.messages.length).toBe(count)
  })
})
