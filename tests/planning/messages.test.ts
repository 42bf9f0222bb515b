import { renderNotification } from '../../src/lib/notificationMessages'
import { parseSender, parseSmtpUrl } from '../../src/lib/smtpUrl'

describe('notification messages', () => {
  test('in French, with an absolute link into the admin and a way to switch them off', () => {
    const message = renderNotification(
      {
        kind: 'assignment',
        subject: { title: 'Le PGE <expliqué>', path: '/admin/collections/subjects/7' },
        by: 'Hélène Dubois',
        dueDate: '2026-12-03T12:00:00.000Z',
        angle: 'Pour les TPE',
      },
      'Julien Moreau',
      'https://newsroom.example/',
    )
    expect(message.subject).toBe('Sujet attribué : Le PGE <expliqué>')
    expect(message.text).toContain('Bonjour Julien Moreau,')
    expect(message.text).toContain(
      'Hélène Dubois vous a attribué le sujet « Le PGE <expliqué> », à rendre pour le jeudi 3 décembre 2026.',
    )
    expect(message.text).toContain('Ouvrir le sujet : https://newsroom.example/admin/collections/subjects/7')
    expect(message.text).toContain('https://newsroom.example/admin/account')
    expect(message.html).toContain('Le PGE &lt;expliqué&gt;')
    expect(message.html).toContain('<a href="https://newsroom.example/admin/collections/subjects/7">')
  })

  test('a meeting summary lists the decisions and what was carried over', () => {
    const { text } = renderNotification(
      {
        kind: 'meetingClosed',
        meeting: { title: '2026-W48', path: '/admin/collections/editorial-meetings/3/board' },
        by: 'Hélène Dubois',
        decisions: [
          {
            title: 'A',
            decision: 'assigned',
            assignee: 'Julien Moreau',
            dueDate: '2026-12-04T12:00:00.000Z',
            note: 'chiffres',
          },
          { title: 'B', decision: 'rejected' },
        ],
        carriedOver: ['C'],
        nextWeek: '2026-W49',
      },
      'Sarah',
      'http://localhost:3000',
    )
    expect(text).toContain('- « A » : attribué à Julien Moreau pour le vendredi 4 décembre 2026 (chiffres)')
    expect(text).toContain('- « B » : refusé')
    expect(text).toContain('- Reportés à la conférence 2026-W49 : « C »')
  })
})

describe('mail settings', () => {
  test.each([
    ['smtp://127.0.0.1:2525', { host: '127.0.0.1', port: 2525, secure: false }],
    ['smtps://mail.example.org', { host: 'mail.example.org', port: 465, secure: true }],
    [
      'smtp://user%40example.org:p%C3%A0ss@mail.example.org?requireTLS=true',
      {
        host: 'mail.example.org',
        port: 587,
        secure: false,
        auth: { user: 'user@example.org', pass: 'pàss' },
        requireTLS: true,
      },
    ],
  ])('%s', (url, options) => {
    expect(parseSmtpUrl(url)).toEqual(options)
  })

  test('anything else is refused in one line', () => {
    expect(() => parseSmtpUrl('mail.example.org')).toThrow('SMTP_URL must be a URL')
    expect(() => parseSmtpUrl('http://mail.example.org')).toThrow('SMTP_URL must start with smtp:// or smtps://')
  })

  test('the sender', () => {
    const fallback = { name: 'La rédaction', address: 'redaction@newsroom.test' }
    expect(parseSender(undefined, fallback)).toEqual(fallback)
    expect(parseSender('"Desk" <desk@example.org>', fallback)).toEqual({ name: 'Desk', address: 'desk@example.org' })
    expect(parseSender('desk@example.org', fallback)).toEqual({ name: 'La rédaction', address: 'desk@example.org' })
  })
})
