import { inEnglish } from '../../src/i18n/outbound'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  assertPublicDestination,
  checkDestinationUrl,
  DestinationRefused,
  guardedFetch,
  isPrivateAddress,
} from '../../src/distribution/outboundUrl'

describe('destination URL syntax', () => {
  test.each(['https://site.example.org/api/revalidate', 'http://receiver.example.com:8080/hook?x=1'])(
    '%s is accepted',
    (url) => {
      expect(checkDestinationUrl(url)).toBeNull()
    },
  )

  test.each([
    ['/relative/path', /not a valid absolute URL/],
    ['not a url', /not a valid absolute URL/],
    ['ftp://example.org/file', /Only http: and https:.*ftp:/],
    ['file:///etc/passwd', /Only http: and https:/],
    ['javascript:alert(1)', /Only http: and https:/],
    ['https://user:pass@example.org/', /user name or password/],
    ['https://token@example.org/', /user name or password/],
  ])('%s is refused', (url, message) => {
    expect(inEnglish(checkDestinationUrl(url)!)).toMatch(message)
  })
})

describe('private addresses', () => {
  test.each([
    '0.0.0.0',
    '0.1.2.3',
    '10.0.0.1',
    '10.255.255.255',
    '100.64.0.1',
    '100.127.255.254',
    '127.0.0.1',
    '127.8.9.10',
    '169.254.169.254',
    '169.254.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.0.0.8',
    '192.168.1.1',
    '198.18.0.1',
    '198.19.255.255',
    '224.0.0.1',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '[::1]',
    'fc00::1',
    'fd12:3456::1',
    'fd00:ec2::254',
    'fe80::1',
    'fe80::1%eth0',
    'febf::1',
    'fec0::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:10.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '64:ff9b::10.1.2.3',
    '2002:7f00:1::1',
    '2002:a9fe:a9fe::',
    '2002:a00:1:1::1',
    '2002::',
    '2001::1',
    '::7f00:1',
    '100::1',
    'not-an-ip',
    '',
  ])('%s is private', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true)
  })

  test.each([
    '1.1.1.1',
    '8.8.8.8',
    '93.184.216.34',
    '100.63.255.255',
    '100.128.0.1',
    '172.15.255.255',
    '172.32.0.1',
    '192.0.1.1',
    '192.169.0.1',
    '198.17.255.255',
    '198.20.0.1',
    '223.255.255.255',
    '11.0.0.1',
    '126.255.255.255',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
    'fb00::1',
    '2a00:1450::1',
    '2002:808:808::1',
  ])('%s is public', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false)
  })
})

describe('asserting a public destination', () => {
  const publicLookup = async () => ['93.184.216.34']

  test.each([
    ['http://localhost:3000/', 'localhost is a loopback/private address'],
    ['http://LOCALHOST./', 'localhost is a loopback/private address'],
    ['http://admin.localhost/', 'admin.localhost is a loopback/private address'],
    ['http://127.0.0.1:5432/', '127.0.0.1 is a loopback/private address'],
    ['http://[::1]/', '::1 is a loopback/private address'],
    ['http://[::ffff:127.0.0.1]/', 'is a loopback/private address'],
    ['http://2130706433/', '127.0.0.1 is a loopback/private address'],
    ['http://0x7f.1/', '127.0.0.1 is a loopback/private address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a loopback/private address'],
  ])('%s is refused', async (url, message) => {
    const refusal = assertPublicDestination(url, { allowPrivate: false, lookup: publicLookup })
    await expect(refusal).rejects.toThrow(DestinationRefused)
    await expect(refusal).rejects.toThrow(message)
    await expect(refusal).rejects.toThrow('set ALLOW_PRIVATE_DESTINATIONS=true to allow')
  })

  test('the refusal carries the code the retry logic looks for', async () => {
    await expect(assertPublicDestination('http://10.0.0.1/', { allowPrivate: false })).rejects.toMatchObject({
      code: 'DESTINATION_REFUSED',
    })
  })

  test('a syntax problem is refused even when private addresses are allowed', async () => {
    await expect(assertPublicDestination('ftp://example.org/', { allowPrivate: true })).rejects.toThrow(/Only http:/)
  })

  test('a public IP literal passes without any DNS lookup', async () => {
    const lookup = recordingLookup()
    await expect(
      assertPublicDestination('https://93.184.216.34/hook', { allowPrivate: false, lookup: lookup.fn }),
    ).resolves.toBeUndefined()
    expect(lookup.calls).toEqual([])
  })

  test('a name is checked through every address it resolves to', async () => {
    const lookup = async (host: string) =>
      host === 'mixed.example.org' ? ['93.184.216.34', '10.0.0.7'] : ['93.184.216.34']
    await expect(
      assertPublicDestination('https://public.example.org/', { allowPrivate: false, lookup }),
    ).resolves.toBeUndefined()
    await expect(
      assertPublicDestination('https://mixed.example.org/', { allowPrivate: false, lookup }),
    ).rejects.toThrow('mixed.example.org resolves to 10.0.0.7, a loopback/private address')
  })

  test('a name that resolves to nothing is refused', async () => {
    await expect(
      assertPublicDestination('https://empty.example.org/', { allowPrivate: false, lookup: async () => [] }),
    ).rejects.toThrow(DestinationRefused)
  })

  test('DNS errors propagate unchanged, so a temporary failure can be retried', async () => {
    const failing = async () => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN site.example.org'), { code: 'EAI_AGAIN' })
    }
    await expect(
      assertPublicDestination('https://site.example.org/', { allowPrivate: false, lookup: failing }),
    ).rejects.toMatchObject({
      code: 'EAI_AGAIN',
    })
  })

  test('allowPrivate bypasses the address checks', async () => {
    for (const url of [
      'http://localhost:3000/',
      'http://127.0.0.1/',
      'http://169.254.169.254/',
      'http://[fd00:ec2::254]/',
    ]) {
      await expect(assertPublicDestination(url, { allowPrivate: true })).resolves.toBeUndefined()
    }
  })

  test('an allow-listed origin passes, and only that origin: not another port of the same host', async () => {
    const options = {
      allowPrivate: false,
      allowOrigins: ['http://site-receiver.internal', 'http://localhost:3000'],
      lookup: async () => ['10.0.0.2'],
    }
    await expect(
      assertPublicDestination('http://site-receiver.internal/webhooks/site', options),
    ).resolves.toBeUndefined()
    await expect(assertPublicDestination('http://localhost:3000/webhooks/site', options)).resolves.toBeUndefined()
    await expect(assertPublicDestination('http://localhost:5432/', options)).rejects.toThrow(DestinationRefused)
    await expect(assertPublicDestination('https://site-receiver.internal/', options)).rejects.toThrow(
      DestinationRefused,
    )
    await expect(assertPublicDestination('http://other.internal/', options)).rejects.toThrow(DestinationRefused)
  })
})

/** A tiny call recorder, since `jest` is not a global under ESM. */
function recordingLookup() {
  const calls: string[] = []
  return { calls, fn: async (host: string) => (calls.push(host), ['93.184.216.34']) }
}

type Seen = { method: string; url: string; body: string; headers: http.IncomingHttpHeaders }

/** A loopback receiver whose routes answer with redirects; every request it sees is recorded. */
async function startServer(routes: Record<string, (base: string) => [number, Record<string, string>?]>) {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, body, headers: req.headers })
      const route = routes[req.url!.split('?')[0]]
      if (!route) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ method: req.method, body, url: req.url }))
        return
      }
      const [status, headers] = route(base)
      res.writeHead(status, headers).end('redirect body')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { base, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

describe('guarded fetch', () => {
  const internalLookup = async (host: string) => (host === 'internal.test' ? ['10.1.2.3'] : ['93.184.216.34'])
  let receiver: Awaited<ReturnType<typeof startServer>>
  let other: Awaited<ReturnType<typeof startServer>>

  beforeAll(async () => {
    other = await startServer({})
    receiver = await startServer({
      '/to-metadata': () => [302, { location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' }],
      '/to-internal': () => [307, { location: 'http://internal.test/admin' }],
      '/to-file': () => [302, { location: 'file:///etc/passwd' }],
      '/hop': () => [302, { location: '/final?from=hop' }],
      '/see-other': () => [303, { location: '/final' }],
      '/moved': () => [301, { location: '/final' }],
      '/temporary': () => [307, { location: '/final' }],
      '/permanent': () => [308, { location: '/final' }],
      '/loop': () => [302, { location: '/loop' }],
      '/elsewhere': () => [307, { location: `${other.base}/final` }],
      '/no-location': () => [302],
    })
  })
  afterAll(async () => {
    await receiver.close()
    await other.close()
  })
  beforeEach(() => {
    receiver.seen.length = 0
    other.seen.length = 0
  })

  // The two loopback receivers, trusted by origin as the platform's own site is.
  const allowLoopback = () => ({
    allowPrivate: false,
    allowOrigins: [receiver.base, other.base],
    lookup: internalLookup,
  })

  test('a private first hop is refused before any connection', async () => {
    const fetchGuarded = guardedFetch({ allowPrivate: false, lookup: internalLookup })
    await expect(fetchGuarded(`${receiver.base}/final`)).rejects.toThrow('127.0.0.1 is a loopback/private address')
    expect(receiver.seen).toHaveLength(0)
  })

  test('a redirect to the cloud metadata address is refused', async () => {
    const fetchGuarded = guardedFetch(allowLoopback())
    await expect(fetchGuarded(`${receiver.base}/to-metadata`)).rejects.toThrow(
      '169.254.169.254 is a loopback/private address; destinations must be public (set ALLOW_PRIVATE_DESTINATIONS=true to allow)',
    )
    expect(receiver.seen.map((r) => r.url)).toEqual(['/to-metadata'])
  })

  test('a redirect to a name that resolves to a private address is refused', async () => {
    const fetchGuarded = guardedFetch(allowLoopback())
    await expect(fetchGuarded(`${receiver.base}/to-internal`, { method: 'POST', body: '{}' })).rejects.toThrow(
      'internal.test resolves to 10.1.2.3',
    )
  })

  test('a redirect to another scheme is refused', async () => {
    await expect(guardedFetch(allowLoopback())(`${receiver.base}/to-file`)).rejects.toThrow(/Only http: and https:/)
  })

  test('allowed redirects are followed to the final response', async () => {
    const response = await guardedFetch(allowLoopback())(`${receiver.base}/hop`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ method: 'GET', url: '/final?from=hop' })
  })

  test.each([
    ['/see-other', 'GET', ''],
    ['/moved', 'GET', ''],
    ['/temporary', 'POST', '{"event":"published"}'],
    ['/permanent', 'POST', '{"event":"published"}'],
  ])('a POST redirected by %s arrives as %s', async (path, method, body) => {
    const response = await guardedFetch(allowLoopback())(`${receiver.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': 'msg_1' },
      body: '{"event":"published"}',
    })
    expect(await response.json()).toMatchObject({ method, body })
    const final = receiver.seen.at(-1)!
    expect(final.headers['webhook-id']).toBe('msg_1')
    expect(final.headers['content-type']).toBe(method === 'POST' ? 'application/json' : undefined)
  })

  test('credentials are not handed to another origin, other headers are', async () => {
    const response = await guardedFetch(allowLoopback())(`${receiver.base}/elsewhere`, {
      method: 'POST',
      headers: { authorization: 'Bearer secret-token', 'webhook-signature': 'v1,abc' },
      body: 'x',
    })
    expect(response.status).toBe(200)
    expect(receiver.seen[0].headers.authorization).toBe('Bearer secret-token')
    expect(other.seen[0].headers.authorization).toBeUndefined()
    expect(other.seen[0].headers['webhook-signature']).toBe('v1,abc')
  })

  test('redirects stop after maxRedirects', async () => {
    await expect(guardedFetch({ ...allowLoopback(), maxRedirects: 2 })(`${receiver.base}/loop`)).rejects.toThrow(
      'redirects more than 2 times',
    )
    expect(receiver.seen).toHaveLength(3)
  })

  test('a redirect without Location is returned as it is', async () => {
    const response = await guardedFetch(allowLoopback())(`${receiver.base}/no-location`)
    expect(response.status).toBe(302)
  })

  test("the caller's signal still aborts the request", async () => {
    const aborted = AbortSignal.abort()
    await expect(guardedFetch(allowLoopback())(`${receiver.base}/final`, { signal: aborted })).rejects.toMatchObject({
      name: 'AbortError',
    })
  })

  test('a name that answers a public address to the check and a private one to the connection is refused (DNS rebinding)', async () => {
    const port = new URL(receiver.base).port
    let answers = 0
    // The first answer passes the check; the next, the connection's own lookup, points inside.
    const rebinding = async () => (answers++ === 0 ? ['93.184.216.34'] : ['127.0.0.1'])
    await expect(
      guardedFetch({ allowPrivate: false, lookup: rebinding })(`http://rebind.test:${port}/final`),
    ).rejects.toThrow(
      'rebind.test now resolves to 127.0.0.1, a loopback/private address; destinations must be public (set ALLOW_PRIVATE_DESTINATIONS=true to allow)',
    )
    expect(answers).toBe(2)
    expect(receiver.seen).toHaveLength(0)
  })

  test('the connection goes to the address the checked lookup gave, for a trusted name', async () => {
    const port = new URL(receiver.base).port
    const site = `http://site.test:${port}`
    const siteLookup = async (host: string) => (host === 'site.test' ? ['127.0.0.1'] : ['93.184.216.34'])
    const response = await guardedFetch({ allowPrivate: false, allowOrigins: [site], lookup: siteLookup })(
      `${site}/hop`,
      { method: 'POST', body: 'x' },
    )
    expect(response.status).toBe(200)
    expect(receiver.seen.map((r) => [r.url, r.headers.host])).toEqual([
      ['/hop', `site.test:${port}`],
      ['/final?from=hop', `site.test:${port}`],
    ])
  })

  test('allowPrivate lets a loopback receiver through (development)', async () => {
    const response = await guardedFetch({ allowPrivate: true })(`${receiver.base}/hop`)
    expect(response.status).toBe(200)
  })
})
