/** What the HTTP layer itself answers (limits, unknown routes and files), in both languages. */
const en = {
  nothingAt: 'Nothing at {{path}}.',
  notAllowed: 'You are not allowed to perform this action.',
  noUploadedFile: 'No file "{{name}}" in {{collection}}.',
  noPreference: 'No preference "{{key}}".',
  preferenceDeleted: 'Deleted.',
  tooMany_api: 'Too many requests from this address: at most {{limit}} a minute. Retry in {{reset}} s.',
  tooMany_login: 'Too many sign-in attempts from this address: at most {{limit}} a minute. Retry in {{reset}} s.',
  tooMany_post: 'Too many submissions from this address: at most {{limit}} a minute. Retry in {{reset}} s.',
  graphqlTooLarge: 'GraphQL requests are limited to {{bytes}} bytes.',
  noDocsFile: 'No file "{{name}}" in the API docs.',
  nothingPublishedAt: 'Nothing is published at {{path}}.',
  resolvePathRequired: '"path" is required: a site path such as /articles/<slug>.',
  resolveBadDepth: '"depth" must be a whole number from 0 to {{max}}.',
}

export type ServerKey = keyof typeof en

const fr: Record<ServerKey, string> = {
  nothingAt: 'Rien à l’adresse {{path}}.',
  notAllowed: 'Vous n’êtes pas autorisé à effectuer cette action.',
  noUploadedFile: 'Aucun fichier « {{name}} » dans {{collection}}.',
  noPreference: 'Aucune préférence « {{key}} ».',
  preferenceDeleted: 'Supprimée.',
  tooMany_api: 'Trop de requêtes depuis cette adresse : au plus {{limit}} par minute. Réessayez dans {{reset}} s.',
  tooMany_login:
    'Trop de tentatives de connexion depuis cette adresse : au plus {{limit}} par minute. ' +
    'Réessayez dans {{reset}} s.',
  tooMany_post: 'Trop d’envois depuis cette adresse : au plus {{limit}} par minute. Réessayez dans {{reset}} s.',
  graphqlTooLarge: 'Les requêtes GraphQL sont limitées à {{bytes}} octets.',
  noDocsFile: 'Aucun fichier « {{name}} » dans la documentation de l’API.',
  nothingPublishedAt: 'Rien n’est publié à l’adresse {{path}}.',
  resolvePathRequired: '« path » est obligatoire : un chemin du site comme /articles/<slug>.',
  resolveBadDepth: '« depth » doit être un nombre entier de 0 à {{max}}.',
}

export const server = { en, fr }
