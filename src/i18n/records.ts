/** The rules a record must follow to be stored (users, chambers, events, destinations, deliveries, audit). */
const en = {
  nearestRequired: '"{{name}}" is required (between {{min}} and {{max}}).',
  nearestNotNumber: '"{{name}}" must be a number (got "{{value}}").',
  nearestRange: '"{{name}}" must be between {{min}} and {{max}} (got {{value}}).',
  nearestLimit: '"limit" must be a whole number from 1 to {{max}} (got "{{value}}").',
  socialTooLong: '{{network}} text is {{count}} characters; the limit is {{limit}}.',
  socialTooLongX: 'X text is {{count}} characters (weighted as X counts them); the limit is {{limit}}.',
  slugTaken: 'The slug "{{slug}}" is already used by another document in this collection: choose another.',
  latitudeMissing: 'Give the latitude too: coordinates are both set or both empty.',
  longitudeMissing: 'Give the longitude too: coordinates are both set or both empty.',
  latitudeRange: 'Latitude must be between -90 and 90.',
  longitudeRange: 'Longitude must be between -180 and 180.',
  passwordNotText: 'The password must be a string.',
  passwordTooShort: 'The password must be at least {{min}} characters long (it has {{length}}).',
  emailNotText: 'The e-mail address must be text.',
  rolesAdminsOnly: 'Only administrators can change roles.',
  auditAppendOnly: 'The audit trail is append-only: entries cannot be changed or deleted.',
  eventEndsBeforeStart: 'The event must end after it starts.',
  destinationUrl: 'url: {{reason}}',
  destinationNeedsAccount:
    'A {{kind}} destination needs the account of at least one network: accounts.x, accounts.facebook or ' +
    'accounts.linkedin.',
  webhookNeedsSecret: 'A webhook destination needs a secret: whsec_ followed by at least 24 random bytes in base64.',
  destinationNeedsKey: 'A {{kind}} destination needs its API key in "secret".',
  webhookSecretShape:
    'The secret of a webhook destination must be a Standard Webhooks secret: whsec_ followed by at least 24 ' +
    'random bytes in base64.',
  retrySignIn: 'Sign in to retry deliveries.',
  retryForbidden: 'Only admins, editors and the community manager retry deliveries.',
  retryNoDelivery: 'No delivery with id {{id}}.',
  retryWrongStatus: 'Only failed or retrying deliveries can be retried; this one is {{status}}.',
  retryQueued: 'Delivery queued again.',
  replayBody: 'Send JSON: { "since": "<ISO 8601 date>", "destination": <id, optional> }.',
  replayBadSince: '"since" must be an ISO 8601 date, e.g. "2026-11-29T08:00:00Z".',
  replayBadDestination: '"destination" must be a destination id.',
  replayQueued: '{{count}} failed deliveries queued again.',
}

export type RecordKey = keyof typeof en

const fr: Record<RecordKey, string> = {
  nearestRequired: '« {{name}} » est obligatoire (entre {{min}} et {{max}}).',
  nearestNotNumber: '« {{name}} » doit être un nombre (reçu : « {{value}} »).',
  nearestRange: '« {{name}} » doit être compris entre {{min}} et {{max}} (reçu : {{value}}).',
  nearestLimit: '« limit » doit être un nombre entier de 1 à {{max}} (reçu : « {{value}} »).',
  socialTooLong: 'Le texte pour {{network}} compte {{count}} caractères ; la limite est de {{limit}}.',
  socialTooLongX:
    'Le texte pour X compte {{count}} caractères (pondérés comme X les compte) ; la limite est de {{limit}}.',
  slugTaken:
    'Le slug « {{slug}} » est déjà utilisé par un autre document de cette collection : choisissez-en un autre.',
  latitudeMissing: 'Indiquez aussi la latitude : les coordonnées sont toutes deux renseignées ou toutes deux vides.',
  longitudeMissing: 'Indiquez aussi la longitude : les coordonnées sont toutes deux renseignées ou toutes deux vides.',
  latitudeRange: 'La latitude doit être comprise entre -90 et 90.',
  longitudeRange: 'La longitude doit être comprise entre -180 et 180.',
  passwordNotText: 'Le mot de passe doit être un texte.',
  passwordTooShort: 'Le mot de passe doit compter au moins {{min}} caractères (il en a {{length}}).',
  emailNotText: 'L’adresse e-mail doit être un texte.',
  rolesAdminsOnly: 'Seuls les administrateurs peuvent changer les rôles.',
  auditAppendOnly:
    'Le journal d’audit ne fait que s’allonger : ses entrées ne peuvent être ni modifiées ni supprimées.',
  eventEndsBeforeStart: 'L’événement doit finir après avoir commencé.',
  destinationUrl: 'url : {{reason}}',
  destinationNeedsAccount:
    'Une destination {{kind}} a besoin du compte d’au moins un réseau : accounts.x, accounts.facebook ou ' +
    'accounts.linkedin.',
  webhookNeedsSecret:
    'Une destination webhook a besoin d’un secret : whsec_ suivi d’au moins 24 octets aléatoires en base64.',
  destinationNeedsKey: 'Une destination {{kind}} a besoin de sa clé d’API dans « secret ».',
  webhookSecretShape:
    'Le secret d’une destination webhook doit être un secret Standard Webhooks : whsec_ suivi d’au moins ' +
    '24 octets aléatoires en base64.',
  retrySignIn: 'Connectez-vous pour relancer des envois.',
  retryForbidden: 'Seuls les administrateurs, les éditeurs et le community manager relancent les envois.',
  retryNoDelivery: 'Aucun envoi avec l’identifiant {{id}}.',
  retryWrongStatus: 'Seuls les envois en échec ou en nouvel essai peuvent être relancés ; celui-ci est {{status}}.',
  retryQueued: 'Envoi remis en file.',
  replayBody: 'Envoyez du JSON : { "since": "<date ISO 8601>", "destination": <id, facultatif> }.',
  replayBadSince: '« since » doit être une date ISO 8601, par exemple « 2026-11-29T08:00:00Z ».',
  replayBadDestination: '« destination » doit être l’identifiant d’une destination.',
  replayQueued: '{{count}} envois en échec remis en file.',
}

export const records = { en, fr }
