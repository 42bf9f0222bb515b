import { redact } from '../../src/distribution/redact'

const WHSEC = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const TOKEN = 'buf_live_9d8f7a6b5c4e3d2f1a0b'

describe('redacting text before it is stored', () => {
  test('every occurrence of a secret is masked', () => {
    expect(redact(`bad key ${TOKEN}; again ${TOKEN}`, [TOKEN])).toBe('bad key [redacted]; again [redacted]')
  })

  test('the base64 part of a whsec_ secret is masked on its own too', () => {
    expect(redact(`key MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw and ${WHSEC}`, [WHSEC])).toBe('key [redacted] and [redacted]')
  })

  test('URL-encoded secrets are masked', () => {
    const secret = 'a+b/c=d_long_secret'
    expect(redact(`GET /?token=${encodeURIComponent(secret)}`, [secret])).toBe('GET /?token=[redacted]')
  })

  test('Bearer tokens are masked even when not a known secret', () => {
    expect(redact('sent Bearer abc.def-ghi, got 401', [])).toBe('sent Bearer [redacted], got 401')
  })

  test('Authorization values are masked, in headers and in JSON', () => {
    expect(redact('Authorization: Basic dXNlcjpwYXNz\nnext line', [])).toBe('Authorization: [redacted] next line')
    expect(redact('{"authorization":"Bearer xyz","ok":true}', [])).toBe('{"authorization":"[redacted]","ok":true}')
  })

  test('empty secrets are ignored', () => {
    expect(redact('nothing to hide', ['', ''])).toBe('nothing to hide')
  })

  test('whitespace is collapsed', () => {
    expect(redact('  Bad\n\tGateway   \r\n ', [])).toBe('Bad Gateway')
  })

  test('long text is cut to 200 characters with an ellipsis', () => {
    const out = redact('x'.repeat(500), [])
    expect(Array.from(out)).toHaveLength(200)
    expect(out.endsWith('…')).toBe(true)
    expect(redact('y'.repeat(200), [])).toBe('y'.repeat(200))
  })

  test('truncation never reveals the start of a secret cut at the boundary', () => {
    const out = redact('z'.repeat(190) + TOKEN, [TOKEN])
    expect(out).not.toContain(TOKEN.slice(0, 5))
  })

  test('a secret containing another is masked whole', () => {
    expect(redact('abcdef and abc', ['abc', 'abcdef'])).toBe('[redacted] and [redacted]')
  })
})
