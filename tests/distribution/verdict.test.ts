import { describeError, isRetryableError, verdictForStatus } from '../../src/distribution/verdict'
import { DestinationRefused } from '../../src/distribution/outboundUrl'

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code })
/** What undici's fetch throws: a bare TypeError with the real error as its cause. */
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause })
const named = (name: string) => Object.assign(new Error('The operation was aborted'), { name })

describe('verdict for an HTTP status', () => {
  test.each([200, 201, 202, 204, 299])('%i: delivered', (status) => expect(verdictForStatus(status)).toBe('delivered'))
  test('410: the receiver asks to be disabled', () => expect(verdictForStatus(410)).toBe('disable'))
  test.each([408, 409, 425, 429, 500, 502, 503, 504, 599])('%i: retry', (status) => {
    expect(verdictForStatus(status)).toBe('retry')
  })
  test.each([100, 301, 304, 400, 401, 403, 404, 405, 413, 422, 600, 0])('%i: failed', (status) => {
    expect(verdictForStatus(status)).toBe('failed')
  })
})

describe('network errors', () => {
  test.each([
    ['a timeout signal', named('TimeoutError')],
    ['an abort', named('AbortError')],
    ['refused connection inside fetch', fetchFailed(withCode('ECONNREFUSED'))],
    ['reset connection inside fetch', fetchFailed(withCode('ECONNRESET'))],
    ['unreachable host', fetchFailed(withCode('EHOSTUNREACH'))],
    ['unreachable network', fetchFailed(withCode('ENETUNREACH'))],
    ['temporary DNS failure', fetchFailed(withCode('EAI_AGAIN'))],
    ['TCP timeout', withCode('ETIMEDOUT')],
    ['undici socket error', fetchFailed(withCode('UND_ERR_SOCKET', 'other side closed'))],
    ['undici connect timeout', fetchFailed(withCode('UND_ERR_CONNECT_TIMEOUT'))],
    [
      'happy-eyeballs AggregateError',
      fetchFailed(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])),
    ],
  ])('%s is worth a retry', (_, error) => {
    expect(isRetryableError(error)).toBe(true)
  })

  test.each([
    ['our SSRF refusal', new DestinationRefused({ key: 'hostPrivate', vars: { host: '127.0.0.1' } })],
    [
      'SSRF refusal wrapped by fetch',
      fetchFailed(new DestinationRefused({ key: 'hostPrivate', vars: { host: '10.0.0.1' } })),
    ],
    ['an unknown host', fetchFailed(withCode('ENOTFOUND'))],
    ['a bad certificate', fetchFailed(withCode('CERT_HAS_EXPIRED'))],
    ['a programming error', new TypeError('Cannot read properties of undefined')],
    ['a string', 'boom'],
    ['nothing', undefined],
  ])('%s is not', (_, error) => {
    expect(isRetryableError(error)).toBe(false)
  })

  test('a cause chain that loops does not hang', () => {
    const a: Error & { cause?: unknown } = new Error('a')
    a.cause = fetchFailed(a)
    expect(isRetryableError(a)).toBe(false)
  })
})

describe('describing an error for the newsroom', () => {
  test('timeouts name the limit', () => {
    expect(describeError(named('TimeoutError'), 10_000)).toBe('timed out after 10 s')
    expect(describeError(named('AbortError'), 2_500)).toBe('timed out after 2.5 s')
    expect(describeError(named('TimeoutError'))).toBe('timed out')
  })

  test.each([
    ['ECONNREFUSED', 'connection refused'],
    ['ECONNRESET', 'connection reset'],
    ['EHOSTUNREACH', 'host unreachable'],
    ['EAI_AGAIN', 'DNS lookup failed temporarily'],
    ['ENOTFOUND', 'host not found'],
    ['UND_ERR_HEADERS_TIMEOUT', 'no response headers in time'],
  ])('%s reads "%s"', (code, text) => {
    expect(describeError(fetchFailed(withCode(code)))).toBe(text)
  })

  test('a certificate problem says so', () => {
    expect(describeError(fetchFailed(withCode('CERT_HAS_EXPIRED')))).toBe('TLS certificate problem (CERT_HAS_EXPIRED)')
  })

  test('a refusal keeps its own explanation', () => {
    const refused = new DestinationRefused({ key: 'hostPrivate', vars: { host: '127.0.0.1' } })
    expect(describeError(refused, 10_000)).toBe(
      '127.0.0.1 is a loopback/private address; destinations must be public (set ALLOW_PRIVATE_DESTINATIONS=true to allow)',
    )
  })

  test('otherwise the innermost message, not "fetch failed"', () => {
    expect(describeError(fetchFailed(new Error('unexpected end of stream')))).toBe('unexpected end of stream')
    expect(describeError(undefined)).toBe('unknown error')
  })
})
