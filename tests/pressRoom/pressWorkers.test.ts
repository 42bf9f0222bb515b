import { SMTPServer } from 'smtp-server'

import { startTestApp, type TestApp } from '../helpers/app'
import { DISTRIBUTION_ENV } from '../helpers/distribution'
import { readMail, type Mail } from '../helpers/mail'
import { pressContact, pressList, publishRelease } from '../helpers/press'
import { freePort, spawnScript, type Exit } from '../helpers/process'

/*
 * Press e-mails sent by `npm run worker` processes beside an app that sends nothing itself. The
 * mail server holds the first message before acknowledging it, the test kills the worker then: a
 * message the server never acknowledged was never accepted, and the heir sends it once.
 */
type Held = { mail: Mail & { to: string }; acknowledge: () => void }

let app: TestApp
let server: SMTPServer
const accepted: (Mail & { envelope: string })[] = []
const held: Held[] = []
let holdNext = true
let onHeld: (held: Held) => void = () => {}
let onAccepted: () => void = () => {}

const ENV = { ...DISTRIBUTION_ENV, DELIVERY_WORKER: 'false', DELIVERY_LEASE_MS: '5000', DELIVERY_CONCURRENCY: '1' }
const children: ReturnType<typeof spawnScript>[] = []

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const envelope = session.envelope.rcptTo.map((r) => r.address).join(',')
        const mail = readMail(Buffer.concat(chunks).toString('utf8'))
        // Accepted only once acknowledged (the 250 after the data), as a real server takes responsibility.
        const acknowledge = () => {
          accepted.push({ ...mail, envelope })
          callback()
          onAccepted()
        }
        if (!holdNext) return acknowledge()
        holdNext = false
        const entry = { mail: { ...mail, to: envelope }, acknowledge }
        held.push(entry)
        onHeld(entry)
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()))
  app = await startTestApp('press-workers', { env: { ...ENV, SMTP_URL: `smtp://127.0.0.1:${port}` } })
}, 60_000)
afterAll(async () => {
  for (const child of children)
    if (child.child.exitCode === null && child.child.signalCode === null) child.child.kill('SIGKILL')
  await Promise.all(children.map((c) => c.exited))
  await app?.close()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

async function spawnWorker() {
  const worker = spawnScript('scripts/worker.ts', { LOG_LEVEL: 'info' })
  children.push(worker)
  await worker.waitForOutput(/delivery worker \S+ started/)
  return worker
}

/** Resolves once the server has acknowledged `count` messages in all. */
const acceptedCount = (count: number) =>
  new Promise<void>((resolve) => {
    onAccepted = () => accepted.length >= count && resolve()
    onAccepted()
  })

test('a worker SIGKILLed mid-send: the heir sends the unacknowledged e-mail, every contact gets exactly one, and a second publication adds none', async () => {
  const list = await pressList(app.payload)
  const contacts = await Promise.all([1, 2, 3].map(() => pressContact(app.payload, { lists: [list] })))
  const firstHeld = new Promise<Held>((resolve) => (onHeld = resolve))
  const doomed = await spawnWorker()
  const release = await publishRelease(app.payload, {
    title: 'Résultats du trimestre',
    embargoUntil: '2031-01-10T09:00:00.000Z',
    pressLists: [list],
  })

  const { mail } = await firstHeld
  expect(mail.subject).toContain('SOUS EMBARGO')
  doomed.child.kill('SIGKILL')
  expect(await doomed.exited).toEqual<Exit>({ code: null, signal: 'SIGKILL' })
  expect(accepted).toHaveLength(0)

  // The dead worker's lease runs out, then the heir takes its delivery over with the others.
  const heir = await spawnWorker()
  await acceptedCount(3)
  // SIGTERM: it finishes recording what it has in hand before it exits.
  heir.child.kill('SIGTERM')
  expect(await heir.exited).toEqual<Exit>({ code: 0, signal: null })

  for (const contact of contacts) expect(accepted.filter((m) => m.envelope === contact.email)).toHaveLength(1)
  expect(accepted).toHaveLength(3)
  // The message the dead worker had in hand went out again with the same Message-ID.
  expect(accepted.find((m) => m.envelope === held[0].mail.to)?.headers['message-id']).toBe(
    held[0].mail.headers['message-id'],
  )

  const where = { itemId: { equals: String(release.id) } }
  const { docs } = await app.payload.find({ collection: 'deliveries', where, depth: 0, overrideAccess: true })
  expect(docs.map((d) => d.status)).toEqual(['delivered', 'delivered', 'delivered'])
  // The killed attempt died with its worker: one attempt on record for each.
  expect(docs.map((d) => d.attempts?.length)).toEqual([1, 1, 1])

  await app.payload.update({
    collection: 'press-releases',
    id: release.id,
    data: { title: 'Résultats du trimestre (v2)' },
    overrideAccess: true,
  })
  expect((await app.payload.count({ collection: 'deliveries', where, overrideAccess: true })).totalDocs).toBe(3)
}, 120_000)
