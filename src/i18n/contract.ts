/** What the edge says when a request does not match the published OpenAPI contract. */
export const contract = {
  fr: {
    nothingHere: 'Rien à l’adresse {{path}}.',
    contractRequired: 'est obligatoire.',
    contractNotAField: 'n’est pas un champ accepté ici.',
    contractInvalid: 'ne correspond pas au format attendu ({{detail}}).',
    inputRefused: 'La requête ne peut pas être traitée telle quelle : {{detail}}',
  },
  en: {
    nothingHere: 'Nothing at {{path}}.',
    contractRequired: 'is required.',
    contractNotAField: 'is not a field accepted here.',
    contractInvalid: 'does not match the expected format ({{detail}}).',
    inputRefused: 'The request cannot be processed as sent: {{detail}}',
  },
}
