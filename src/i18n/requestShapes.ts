/** What the edge says of a request's shape (where, methods, field types) before Payload reads it. */
export const requestShapes = {
  fr: {
    whereNotObject:
      '« where » doit être un objet : where[champ][opérateur]=valeur, ou un objet JSON comme {"slug":{"equals":"x"}}.',
    methodNotAllowed: '{{method}} n’est pas possible sur {{path}} : seulement {{allowed}}.',
    fieldProblem: '« {{path}} » {{problem}}',
    expectedText: 'attend un texte.',
    expectedNumber: 'attend un nombre.',
    expectedBoolean: 'attend true ou false.',
    expectedDate: 'attend une date ISO 8601 (par exemple 2030-03-01T09:00:00Z).',
    expectedOption: 'attend le texte d’une des options.',
    expectedObject: 'attend un objet avec ses champs.',
    expectedRows: 'attend une liste de lignes (des objets).',
    privateFileUrl: 'url : le fichier doit venir d’une adresse publique ({{reason}}).',
  },
  en: {
    whereNotObject:
      '"where" must be an object: where[field][operator]=value, or a JSON object such as {"slug":{"equals":"x"}}.',
    methodNotAllowed: '{{method}} is not allowed on {{path}}: only {{allowed}}.',
    fieldProblem: '"{{path}}" {{problem}}',
    expectedText: 'expects a text.',
    expectedNumber: 'expects a number.',
    expectedBoolean: 'expects true or false.',
    expectedDate: 'expects an ISO 8601 date (e.g. 2030-03-01T09:00:00Z).',
    expectedOption: 'expects the text of one of the options.',
    expectedObject: 'expects an object with its fields.',
    expectedRows: 'expects a list of rows (objects).',
    privateFileUrl: 'url: the file must come from a public address ({{reason}}).',
  },
}
