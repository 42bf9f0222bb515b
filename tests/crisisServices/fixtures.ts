import type { Payload } from 'payload'

import { SWEEP_LISTINGS } from '../../src/notifications/sweepListings'
import type { TestApp } from '../helpers/app'
import { DEMO_PASSWORD } from '../helpers/app'
import type { TestSmtp } from '../helpers/smtp'

/** Chambers of three departments: Finistère and Rhône run both services, Gironde neither. */
export async function makeChambers(payload: Payload) {
  const make = (
    name: string,
    departmentCode: string,
    servicesEnabled: ('open-businesses' | 'mutual-aid')[],
    extra: Record<string, unknown> = {},
  ) =>
    payload.create({
      collection: 'chambers',
      data: { name, kind: 'territorial', departmentCode, servicesEnabled, ...extra } as never,
      overrideAccess: true,
    })
  return {
    finistere: await make('CCI Test Finistère', '29', ['open-businesses', 'mutual-aid'], {
      latitude: 48.39,
      longitude: -4.49,
    }),
    rhone: await make('CCI Test Rhône', '69', ['open-businesses', 'mutual-aid'], { latitude: 45.76, longitude: 4.83 }),
    gironde: await make('CCI Test Gironde', '33', [], { phone: '05 56 79 50 00', email: 'contact@gironde.test' }),
  }
}

/** A chamber's correspondent, signed in. */
export async function contributorOf(app: TestApp, chamberId: number | string, email: string): Promise<string> {
  await app.payload.create({
    collection: 'users',
    data: {
      email,
      password: DEMO_PASSWORD,
      name: email.split('@')[0],
      roles: ['contributor'],
      chamber: chamberId,
    } as never,
    overrideAccess: true,
  })
  return app.login(email)
}

/** Sends what the committed changes queued; once it resolves, the SMTP server has every message. */
export async function deliver(app: TestApp) {
  await app.payload.jobs.run({ queue: 'notifications', limit: 100, silent: true })
}

/** The hourly reminders and expiry, run now (at the test clock's time). */
export async function sweep(app: TestApp) {
  await app.payload.jobs.queue({ task: SWEEP_LISTINGS, queue: 'daily', input: {} } as never)
  await app.payload.jobs.run({ queue: 'daily', silent: true })
  await deliver(app)
}

/** The id and token of the owner's link in an e-mail. */
export function linkIn(text: string): { id: string; token: string } {
  const match = /\?id=([^&\s]+)&jeton=([^\s]+)/.exec(text)
  if (!match) throw new Error(`no owner link in: ${text}`)
  return { id: decodeURIComponent(match[1]), token: decodeURIComponent(match[2]) }
}

export const from = (address: string) => ({ 'x-forwarded-for': address })

export const mailsTo = (smtp: TestSmtp, address: string) => smtp.to(address)
