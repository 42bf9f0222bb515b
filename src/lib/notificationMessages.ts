import { NEWSROOM_TIME_ZONE } from './isoWeek'
import type { Decision } from './subjectFlow'

export const NOTIFICATION_KINDS = [
  'assignment',
  'reviewRequested',
  'changesRequested',
  'mention',
  'meetingClosed',
  'dueTomorrow',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** What each switch in a user's preferences turns off. */
export const NOTIFICATION_LABELS: Record<NotificationKind, string> = {
  assignment: 'Un sujet m’est attribué',
  reviewRequested: 'Un contenu est soumis à relecture (rédaction en chef)',
  changesRequested: 'Des modifications sont demandées sur un de mes contenus',
  mention: 'On me mentionne dans un commentaire',
  meetingClosed: 'Le relevé de décisions de la conférence de rédaction',
  dueTomorrow: 'La veille d’une échéance',
}

/** A document, by its title and its path in the admin (`/admin/collections/…`). */
export type Link = { title: string; path: string }

export type MeetingDecisionSummary = {
  title: string
  decision: Decision
  assignee?: string | null
  dueDate?: string | null
  note?: string | null
}

export type Notification =
  | { kind: 'assignment'; subject: Link; by: string; dueDate?: string | null; angle?: string | null }
  | { kind: 'reviewRequested'; doc: Link; by: string }
  | { kind: 'changesRequested'; doc: Link; by: string; note?: string | null }
  | { kind: 'mention'; target: Link; by: string; excerpt: string }
  | {
      kind: 'meetingClosed'
      meeting: Link
      by: string
      decisions: MeetingDecisionSummary[]
      carriedOver: string[]
      nextWeek?: string | null
    }
  | { kind: 'dueTomorrow'; subject: Link; dueDate: string }

export type RenderedMessage = { subject: string; text: string; html: string }

const DECISION_WORDS: Record<Decision, string> = {
  accepted: 'acté',
  rejected: 'refusé',
  postponed: 'reporté',
  assigned: 'attribué',
}

export const frenchDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: NEWSROOM_TIME_ZONE }).format(new Date(iso))

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

type Parts = { subject: string; paragraphs: string[]; list?: string[]; link: { label: string; path: string } }

function parts(n: Notification): Parts {
  switch (n.kind) {
    case 'assignment':
      return {
        subject: `Sujet attribué : ${n.subject.title}`,
        paragraphs: [
          `${n.by} vous a attribué le sujet « ${n.subject.title} »${n.dueDate ? `, à rendre pour le ${frenchDate(n.dueDate)}` : ''}.`,
          ...(n.angle ? [`Angle : ${n.angle}`] : []),
        ],
        link: { label: 'Ouvrir le sujet', path: n.subject.path },
      }
    case 'reviewRequested':
      return {
        subject: `À relire : ${n.doc.title}`,
        paragraphs: [`${n.by} a soumis « ${n.doc.title} » à relecture.`],
        link: { label: 'Relire le contenu', path: n.doc.path },
      }
    case 'changesRequested':
      return {
        subject: `Modifications demandées : ${n.doc.title}`,
        paragraphs: [
          `${n.by} demande des modifications sur « ${n.doc.title} ».`,
          ...(n.note ? [`Sa note : ${n.note}`] : []),
        ],
        link: { label: 'Reprendre le contenu', path: n.doc.path },
      }
    case 'mention':
      return {
        subject: `${n.by} vous a mentionné : ${n.target.title}`,
        paragraphs: [`${n.by} vous a mentionné dans un commentaire sur « ${n.target.title} » :`, `« ${n.excerpt} »`],
        link: { label: 'Voir le commentaire', path: n.target.path },
      }
    case 'meetingClosed':
      return {
        subject: `Conférence de rédaction ${n.meeting.title} : relevé de décisions`,
        paragraphs: [
          `${n.by} a clos la conférence de rédaction ${n.meeting.title}.`,
          n.decisions.length ? 'Décisions :' : 'Aucune décision n’a été enregistrée.',
        ],
        list: [
          ...n.decisions.map((d) =>
            [
              `« ${d.title} » : ${DECISION_WORDS[d.decision]}`,
              d.assignee && `à ${d.assignee}`,
              d.dueDate && `pour le ${frenchDate(d.dueDate)}`,
              d.note && `(${d.note})`,
            ]
              .filter(Boolean)
              .join(' '),
          ),
          ...(n.carriedOver.length
            ? [
                `Reportés à la conférence ${n.nextWeek ?? 'suivante'} : ${n.carriedOver.map((t) => `« ${t} »`).join(', ')}`,
              ]
            : []),
        ],
        link: { label: 'Voir le tableau de la conférence', path: n.meeting.path },
      }
    case 'dueTomorrow':
      return {
        subject: `Échéance demain : ${n.subject.title}`,
        paragraphs: [`Le sujet « ${n.subject.title} » est attendu demain, ${frenchDate(n.dueDate)}.`],
        link: { label: 'Ouvrir le sujet', path: n.subject.path },
      }
  }
}

/** The e-mail for one recipient, in French, as plain text and HTML, with absolute links into the admin. */
export function renderNotification(n: Notification, recipientName: string, baseUrl: string): RenderedMessage {
  const { subject, paragraphs, list = [], link } = parts(n)
  const href = `${baseUrl.replace(/\/$/, '')}${link.path}`
  const preferences = `${baseUrl.replace(/\/$/, '')}/admin/account`
  const greeting = `Bonjour ${recipientName},`
  const footer = 'Vous recevez ce message parce que cette notification est activée dans votre compte.'
  const text = [
    greeting,
    '',
    ...paragraphs,
    ...list.map((item) => `- ${item}`),
    '',
    `${link.label} : ${href}`,
    '',
    '--',
    `${footer} Préférences : ${preferences}`,
  ].join('\n')
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    list.length ? `<ul>${list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '',
    `<p><a href="${escapeHtml(href)}">${escapeHtml(link.label)}</a></p>`,
    `<p style="color:#666;font-size:12px">${escapeHtml(footer)} <a href="${escapeHtml(preferences)}">Préférences</a></p>`,
  ].join('\n')
  return { subject, text, html }
}
