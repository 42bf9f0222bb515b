/**
 * The e-mail a press release becomes, HTML and text, fixed when the release is queued (every
 * attempt sends the same message). Nothing personal is in it but the unsubscribe link, which is
 * added per recipient at send time: the delivery rows, readable by staff, hold no addresses.
 */
export type ReleaseContent = {
  title: string
  summary: string | null
  body: string
  keyFigures: { value: string; label: string }[]
  spokespeople: string[]
  url: string
  embargoUntil: string | null
}

export type ReleaseEmail = { subject: string; text: string; html: string; embargoUntil: string | null }

/** The words of the message, in the list's language (from the platform's i18n). */
export type EmailWords = {
  embargo: (until: string) => string
  keyFigures: string
  contacts: string
  readOnline: string
  unsubscribe: string
}

export const UNSUBSCRIBE_PLACEHOLDER = '{{unsubscribeUrl}}'

/** 3 déc. 2026 à 09:00 (heure de Paris): journalists read an embargo in the newsroom's time zone. */
export const parisTime = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  )

export const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/** The release as an e-mail; under embargo when it ends after `now`. */
export function releaseEmail(release: ReleaseContent, words: EmailWords, now: Date): ReleaseEmail {
  const embargoed = release.embargoUntil && new Date(release.embargoUntil) > now ? release.embargoUntil : null
  const banner = embargoed ? words.embargo(parisTime(embargoed)) : null
  const subject = banner ? `[${banner}] ${release.title}` : release.title
  const paragraphs = release.body ? release.body.split(/\n{2,}/) : []
  const figures = release.keyFigures.filter((f) => f.value || f.label)

  const text = [
    banner,
    release.title,
    release.summary,
    ...paragraphs,
    figures.length ? `${words.keyFigures}\n${figures.map((f) => `- ${f.value} ${f.label}`.trim()).join('\n')}` : null,
    release.spokespeople.length ? `${words.contacts} : ${release.spokespeople.join(', ')}` : null,
    `${words.readOnline} : ${release.url}`,
    `--\n${words.unsubscribe} : ${UNSUBSCRIBE_PLACEHOLDER}`,
  ]
    .filter(Boolean)
    .join('\n\n')

  const html = [
    '<!doctype html><html lang="fr"><body style="font-family: sans-serif; line-height: 1.5">',
    banner
      ? `<p style="background:#b00020;color:#fff;padding:8px 12px;font-weight:bold">${escapeHtml(banner)}</p>`
      : '',
    `<h1>${escapeHtml(release.title)}</h1>`,
    release.summary ? `<p><strong>${escapeHtml(release.summary)}</strong></p>` : '',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    figures.length
      ? `<h2>${escapeHtml(words.keyFigures)}</h2><ul>${figures.map((f) => `<li><strong>${escapeHtml(f.value)}</strong> ${escapeHtml(f.label)}</li>`).join('')}</ul>`
      : '',
    release.spokespeople.length
      ? `<p>${escapeHtml(words.contacts)} : ${escapeHtml(release.spokespeople.join(', '))}</p>`
      : '',
    `<p><a href="${escapeHtml(release.url)}">${escapeHtml(words.readOnline)}</a></p>`,
    `<hr><p style="font-size:small"><a href="${UNSUBSCRIBE_PLACEHOLDER}">${escapeHtml(words.unsubscribe)}</a></p>`,
    '</body></html>',
  ].join('')

  return { subject, text, html, embargoUntil: embargoed }
}

/** The message for one recipient: their own unsubscribe link in place. */
export const personalise = (template: string, unsubscribeUrl: string) =>
  template.split(UNSUBSCRIBE_PLACEHOLDER).join(unsubscribeUrl)
