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
  feedUnknownParameter: '"{{name}}" is not a feed parameter (use {{known}}).',
  feedRepeated: '"{{name}}" is given more than once: separate values with commas.',
  feedUnknownTypes: '"types": {{values}} unknown (one or more of {{known}}).',
  feedBadTopics: '"topic" takes topic slugs (lower-case letters, digits and dashes), comma-separated.',
  feedUnknownAudiences: '"audience": {{values}} unknown (one or more of {{known}}).',
  feedBadDossier: '"dossier" takes one dossier slug.',
  feedUnknownTerritories: '"territory": {{values}} unknown ("national" or a region such as "bretagne").',
  feedBadLocale: '"locale" must be one of {{known}}.',
  feedBadLimit: '"limit" must be a whole number from 1 to {{max}}.',
  feedBadCursor: '"cursor" is not one this feed gave out: pass back the "next" value of the previous page unchanged.',
  feedNoTopic: '"topic": no topic {{slugs}}.',
  feedNoDossier: '"dossier": no published dossier {{slugs}}.',
  noFeedAt: 'No feed at {{path}}: try /feeds/articles.xml, /feeds/all.atom or /feeds/topics/<slug>.xml.',
  noFeedTopic: 'No topic "{{slug}}".',
  nothingPublishedAt: 'Nothing is published at {{path}}.',
  resolvePathRequired: '"path" is required: a site path such as /articles/<slug>.',
  resolveBadDepth: '"depth" must be a whole number from 0 to {{max}}.',
  wholeNumberParam: '"{{name}}" must be a whole number from {{min}} to {{max}} (got "{{got}}").',
  bodyNotJson: 'The body is not valid JSON: {{detail}}.',
  bodyNotObject: 'The body must be a JSON object, with the fields to write.',
  bodyNul: 'Text may not contain the NUL character (\\u0000).',
  jsonBodyTooLarge: 'JSON bodies are limited to {{bytes}} bytes.',
  idNotWhole: 'No document "{{id}}" in {{collection}}: ids are whole numbers.',
  searchQueryRequired: '"q" is required: the words to search for.',
  searchQueryTooLong: '"q" is at most {{max}} characters.',
  searchQueryNoWords: '"q" has no letters or digits to search for.',
  bodyTooLarge: 'Bodies are limited to {{bytes}} bytes.',
  serverFault: 'Something went wrong on our side; nothing was changed. Report it with reference {{requestId}}.',
  graphqlTooDeep:
    'Query{{name}} is too deep: {{depth}} levels of fields, the limit is {{max}}. Ask for fewer nested relationships, or make several queries.',
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
  feedUnknownParameter: '« {{name}} » n’est pas un paramètre du flux (utilisez {{known}}).',
  feedRepeated: '« {{name}} » est donné plusieurs fois : séparez les valeurs par des virgules.',
  feedUnknownTypes: '« types » : {{values}} inconnu(s) (un ou plusieurs de {{known}}).',
  feedBadTopics: '« topic » prend des slugs de thèmes (minuscules, chiffres et tirets), séparés par des virgules.',
  feedUnknownAudiences: '« audience » : {{values}} inconnu(s) (un ou plusieurs de {{known}}).',
  feedBadDossier: '« dossier » prend un seul slug de dossier.',
  feedUnknownTerritories: '« territory » : {{values}} inconnu(s) (« national » ou une région comme « bretagne »).',
  feedBadLocale: '« locale » doit être l’un de {{known}}.',
  feedBadLimit: '« limit » doit être un nombre entier de 1 à {{max}}.',
  feedBadCursor: '« cursor » ne vient pas de ce flux : renvoyez telle quelle la valeur « next » de la page précédente.',
  feedNoTopic: '« topic » : aucun thème {{slugs}}.',
  feedNoDossier: '« dossier » : aucun dossier publié {{slugs}}.',
  noFeedAt:
    'Aucun flux à l’adresse {{path}} : essayez /feeds/articles.xml, /feeds/all.atom ou /feeds/topics/<slug>.xml.',
  noFeedTopic: 'Aucun thème « {{slug}} ».',
  nothingPublishedAt: 'Rien n’est publié à l’adresse {{path}}.',
  resolvePathRequired: '« path » est obligatoire : un chemin du site comme /articles/<slug>.',
  resolveBadDepth: '« depth » doit être un nombre entier de 0 à {{max}}.',
  wholeNumberParam: '« {{name}} » doit être un nombre entier de {{min}} à {{max}} (reçu : « {{got}} »).',
  bodyNotJson: 'Le corps de la requête n’est pas du JSON valide : {{detail}}.',
  bodyNotObject: 'Le corps de la requête doit être un objet JSON, avec les champs à écrire.',
  bodyNul: 'Le texte ne peut pas contenir le caractère NUL (\\u0000).',
  jsonBodyTooLarge: 'Les corps JSON sont limités à {{bytes}} octets.',
  idNotWhole: 'Aucun document « {{id}} » dans {{collection}} : les identifiants sont des nombres entiers.',
  searchQueryRequired: '« q » est obligatoire : les mots à chercher.',
  searchQueryTooLong: '« q » fait au plus {{max}} caractères.',
  searchQueryNoWords: '« q » ne contient ni lettre ni chiffre à chercher.',
  bodyTooLarge: 'Les corps de requête sont limités à {{bytes}} octets.',
  serverFault:
    'Une erreur est survenue de notre côté ; rien n’a été modifié. Signalez-la avec la référence {{requestId}}.',
  graphqlTooDeep:
    'La requête{{name}} est trop profonde : {{depth}} niveaux de champs, la limite est de {{max}}. Demandez moins de relations imbriquées, ou faites plusieurs requêtes.',
}

export const server = { en, fr }

/** A problem with a request, named so that the server can say it in the client's language. */
export type RequestProblem = { key: ServerKey; vars?: Record<string, string | number> }
