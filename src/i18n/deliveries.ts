import { outbound, type OutboundMessage } from './outbound'

/**
 * What came of a delivery, in both languages. A delivery stores the message's key and values
 * beside its English text, so each reader sees it in their own language; what the receiver or the
 * scheduler said (`{{detail}}`) is quoted as it came, never translated.
 */
const en = {
  deliveryDestinationDeleted: 'The destination was deleted.',
  deliveryDestinationDisabled: 'The destination is disabled.',
  deliveryDestinationDisabledBecause: 'The destination is disabled: {{reason}}.',
  deliveryDestinationWasDisabled: 'Not sent: the destination was disabled.',
  destinationGone: 'The endpoint answered {{status}} Gone on {{at}}.',
  destinationDemoUnlinked:
    'Demonstration: no Buffer account is linked. Enter the scheduler’s address and API key, then enable the destination again to post to the networks.',
  deliveryEndpointGone: 'The endpoint asked to be disabled (410 Gone): the destination is now off.',
  deliveryGaveUp: 'Gave up after {{attempts}} attempts.',
  deliveryCancelled_unpublished: 'Cancelled before sending: the piece was unpublished.',
  deliveryCancelled_deleted: 'Cancelled before sending: the piece was deleted.',
  deliveryRequeuedBy: 'Queued again by {{name}}.',
  deliveryRecipientErased: 'Not sent: the recipient’s data was erased.',
  deliveryRecipientUnsubscribed: 'Not sent: the recipient unsubscribed.',
  deliveryNoLegalBasis: 'Not sent: no legal basis on record for this recipient.',
  deliveryNoMailServer: 'No mail server configured (SMTP_URL).',
  deliveryMailAccepted: 'Accepted by the mail server.',
  deliveryMailRefused: '{{code}}: {{detail}}',
  deliveryNoEventBody: 'no event body to send',
  deliveryNoPost: 'no post to send',
  deliveryNoAccount: 'no {{network}} account configured for {{service}}',
  deliveryNothingToWithdraw: 'nothing to withdraw',
  deliveryNothingToDoOnUpdate: 'nothing to do for updated',
  deliveryRemoveByHand: 'already posted on {{network}}; remove it there by hand',
  deliveryRemoveByHandUnnamed: 'already posted on the network; remove it there by hand',
  deliveryScheduledOn: 'scheduled on {{service}} as {{id}}',
  deliverySentTo: 'sent to {{service}} as {{id}}',
  deliveryWithdrawnFrom: 'withdrawn from {{service}} ({{id}})',
  deliveryPostAccepted: '{{service}} post {{id}} ({{state}})',
  deliveryPostDead: '{{service}} post {{id}} is {{state}}',
  deliveryHttp: 'HTTP {{status}}',
  deliveryHttpSaid: 'HTTP {{status}}: {{detail}}',
  deliveryServiceSaid: '{{detail}}',
  deliveryUnexpectedAnswer: 'unexpected answer: {{detail}}',
  deliveryError: '{{detail}}',
  deliveryUnknownError: 'unknown error',
  deliveryTimedOut: 'timed out',
  deliveryTimedOutAfter: 'timed out after {{seconds}} s',
  deliveryAborted: 'aborted',
  deliveryTls: 'TLS certificate problem ({{code}})',
  deliveryConnectionRefused: 'connection refused',
  deliveryConnectionReset: 'connection reset',
  deliveryConnectionAborted: 'connection aborted',
  deliveryClosedWhileSending: 'connection closed while sending',
  deliveryHostUnreachable: 'host unreachable',
  deliveryNetworkUnreachable: 'network unreachable',
  deliveryDnsAgain: 'DNS lookup failed temporarily',
  deliveryConnectionTimedOut: 'connection timed out',
  deliveryClosedUnexpectedly: 'connection closed unexpectedly',
  deliveryNoHeadersInTime: 'no response headers in time',
  deliveryBodyStalled: 'response body stalled',
  deliveryHostNotFound: 'host not found',
}

export type DeliveryMessage = keyof typeof en

const fr: Record<DeliveryMessage, string> = {
  deliveryDestinationDeleted: 'La destination a été supprimée.',
  deliveryDestinationDisabled: 'La destination est désactivée.',
  deliveryDestinationDisabledBecause: 'La destination est désactivée : {{reason}}.',
  deliveryDestinationWasDisabled: 'Non envoyé : la destination a été désactivée.',
  destinationGone: 'Le point d’arrivée a répondu {{status}} Gone le {{at}}.',
  destinationDemoUnlinked:
    'Démonstration : aucun compte Buffer n’est relié. Renseignez l’adresse et la clé d’API du planificateur, puis réactivez la destination pour publier sur les réseaux.',
  deliveryEndpointGone: 'Le destinataire a demandé à être désactivé (410 Gone) : la destination est coupée.',
  deliveryGaveUp: 'Abandon après {{attempts}} tentatives.',
  deliveryCancelled_unpublished: 'Annulé avant l’envoi : le contenu a été dépublié.',
  deliveryCancelled_deleted: 'Annulé avant l’envoi : le contenu a été supprimé.',
  deliveryRequeuedBy: 'Remis en file par {{name}}.',
  deliveryRecipientErased: 'Non envoyé : les données du destinataire ont été effacées.',
  deliveryRecipientUnsubscribed: 'Non envoyé : le destinataire s’est désabonné.',
  deliveryNoLegalBasis: 'Non envoyé : aucune base légale enregistrée pour ce destinataire.',
  deliveryNoMailServer: 'Aucun serveur de messagerie configuré (SMTP_URL).',
  deliveryMailAccepted: 'Accepté par le serveur de messagerie.',
  deliveryMailRefused: 'Refusé par le serveur de messagerie ({{code}}) : {{detail}}',
  deliveryNoEventBody: 'aucun message d’événement à envoyer',
  deliveryNoPost: 'aucune publication à envoyer',
  deliveryNoAccount: 'aucun compte {{network}} configuré pour {{service}}',
  deliveryNothingToWithdraw: 'rien à retirer',
  deliveryNothingToDoOnUpdate: 'rien à faire pour une mise à jour',
  deliveryRemoveByHand: 'déjà publié sur {{network}} : retirez-le à la main sur le réseau',
  deliveryRemoveByHandUnnamed: 'déjà publié sur le réseau : retirez-le à la main sur le réseau',
  deliveryScheduledOn: 'programmé sur {{service}} (n° {{id}})',
  deliverySentTo: 'envoyé à {{service}} (n° {{id}})',
  deliveryWithdrawnFrom: 'retiré de {{service}} (n° {{id}})',
  deliveryPostAccepted: 'publication {{service}} n° {{id}} ({{state}})',
  deliveryPostDead: 'publication {{service}} n° {{id}} : {{state}}',
  deliveryHttp: 'HTTP {{status}}',
  deliveryHttpSaid: 'HTTP {{status}} : {{detail}}',
  deliveryServiceSaid: 'Réponse du service : {{detail}}',
  deliveryUnexpectedAnswer: 'réponse inattendue : {{detail}}',
  deliveryError: 'Erreur : {{detail}}',
  deliveryUnknownError: 'erreur inconnue',
  deliveryTimedOut: 'délai dépassé',
  deliveryTimedOutAfter: 'pas de réponse après {{seconds}} s',
  deliveryAborted: 'interrompu',
  deliveryTls: 'problème de certificat TLS ({{code}})',
  deliveryConnectionRefused: 'connexion refusée',
  deliveryConnectionReset: 'connexion réinitialisée',
  deliveryConnectionAborted: 'connexion interrompue',
  deliveryClosedWhileSending: 'connexion fermée pendant l’envoi',
  deliveryHostUnreachable: 'hôte injoignable',
  deliveryNetworkUnreachable: 'réseau injoignable',
  deliveryDnsAgain: 'résolution DNS momentanément impossible',
  deliveryConnectionTimedOut: 'délai de connexion dépassé',
  deliveryClosedUnexpectedly: 'connexion fermée de façon inattendue',
  deliveryNoHeadersInTime: 'pas d’en-têtes de réponse à temps',
  deliveryBodyStalled: 'réponse bloquée en cours de lecture',
  deliveryHostNotFound: 'hôte introuvable',
}

export const deliveries = { en, fr }

/** The values a message names; the receiver's own words go in `detail`. */
export type SaidVars = Record<string, string | number>

/**
 * A delivery's message as stored: its key (ours, or an outbound refusal's), its values, what the
 * other side said, and a sentence that follows (the worker giving up, the destination switched off).
 */
export type Said = {
  code: DeliveryMessage | OutboundMessage
  params?: SaidVars | null
  detail?: string | null
  then?: DeliveryMessage | null
}

type Word = (key: DeliveryMessage | OutboundMessage, vars: SaidVars) => string

/** The message through `word` (a request's `t`, or the English templates). */
export function spell(said: Said, word: Word): string {
  const vars = { ...said.params, ...(said.detail ? { detail: said.detail } : {}) }
  const first = word(said.code, vars)
  return said.then ? `${first} ${word(said.then, vars)}` : first
}

const english: Record<DeliveryMessage | OutboundMessage, string> = { ...outbound.en, ...en }

/** The message in English: what a delivery keeps as `lastMessage`, and what the logs say. */
export const saidInEnglish = (said: Said): string =>
  spell(said, (key, vars) => english[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? '')))

/** A message with its English text, as an outcome or a delivery carries them. */
export const saying = (code: Said['code'], params?: SaidVars | null, detail?: string | null) => {
  const said: Said = { code, ...(params ? { params } : {}), ...(detail ? { detail } : {}) }
  return { message: saidInEnglish(said), said }
}
