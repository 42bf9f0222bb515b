import { SMTPServer } from 'smtp-server'

import { readMail, type Mail } from './mail'
import { freePort } from './process'

export type ReceivedMail = Mail & { envelopeTo: string[] }

export type TestSmtp = {
  url: string
  /** Everything received so far, in order. */
  messages: ReceivedMail[]
  /** Resolves with the first message (already received or to come) that matches. */
  waitFor: (match: (mail: ReceivedMail) => boolean) => Promise<ReceivedMail>
  /** Messages received for one address. */
  to: (address: string) => ReceivedMail[]
  close: () => Promise<void>
}

/**
 * A real SMTP server on a free local port, for the platform to send to. A message is recorded
 * before the server acknowledges it, so once the sender's send has resolved, it is here.
 */
export async function startSmtp(): Promise<TestSmtp> {
  const messages: ReceivedMail[] = []
  const waiters: { match: (mail: ReceivedMail) => boolean; resolve: (mail: ReceivedMail) => void }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const mail = {
          ...readMail(Buffer.concat(chunks).toString('utf8')),
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
        }
        messages.push(mail)
        for (const waiter of [...waiters]) {
          if (waiter.match(mail)) {
            waiters.splice(waiters.indexOf(waiter), 1)
            waiter.resolve(mail)
          }
        }
        callback()
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor: (match) => {
      const found = messages.find(match)
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve }))
    },
    to: (address) => messages.filter((m) => m.envelopeTo.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
