/** The press room's words: the release e-mail, the unsubscribe page, and its refusals. */
const fr = {
  pressEmbargo: 'SOUS EMBARGO jusqu’au {{until}}',
  pressKeyFigures: 'Chiffres clés',
  pressContacts: 'Contacts presse',
  pressReadOnline: 'Lire le communiqué en ligne',
  pressUnsubscribe: 'Ne plus recevoir nos communiqués',
  pressUnsubscribeTitle: 'Désinscription de la liste presse',
  pressUnsubscribeConfirm: 'Confirmer la désinscription',
  pressUnsubscribeAsk: 'Vous ne recevrez plus aucun communiqué de presse de notre part.',
  pressUnsubscribeDone: 'C’est fait : vous ne recevrez plus nos communiqués de presse.',
  pressUnsubscribeInvalid: 'Ce lien de désinscription n’est pas valide.',
  pressContactNotFound: 'Ce contact presse n’existe pas.',
  pressAdminsOnly: 'Seuls les administrateurs peuvent effacer les données d’un contact presse.',
  pressReadersOnly: 'Seules les personnes chargées des relations presse peuvent consulter ces données.',
  pressReleaseNotFound: 'Ce communiqué n’existe pas.',
  pressLegalBasisMissing: 'Indiquez la base légale : consentement (avec sa date) ou intérêt légitime (avec sa justification).',
  pressConsentDateMissing: 'Le consentement doit être daté (consentAt).',
  pressInterestNoteMissing: 'L’intérêt légitime doit être justifié (legitimateInterestNote).',
  pressEmailInvalid: '« {{email}} » n’est pas une adresse e-mail valide.',
}

export type PressRoomKey = keyof typeof fr

const en: Record<PressRoomKey, string> = {
  pressEmbargo: 'EMBARGOED until {{until}}',
  pressKeyFigures: 'Key figures',
  pressContacts: 'Press contacts',
  pressReadOnline: 'Read the release online',
  pressUnsubscribe: 'Stop receiving our press releases',
  pressUnsubscribeTitle: 'Press list unsubscribe',
  pressUnsubscribeConfirm: 'Confirm',
  pressUnsubscribeAsk: 'You will no longer receive any press release from us.',
  pressUnsubscribeDone: 'Done: you will no longer receive our press releases.',
  pressUnsubscribeInvalid: 'This unsubscribe link is not valid.',
  pressContactNotFound: 'This press contact does not exist.',
  pressAdminsOnly: 'Only admins may erase a press contact’s data.',
  pressReadersOnly: 'Only the people in charge of press relations may see this data.',
  pressReleaseNotFound: 'This press release does not exist.',
  pressLegalBasisMissing: 'Give the legal basis: consent (with its date) or legitimate interest (with its justification).',
  pressConsentDateMissing: 'Consent must be dated (consentAt).',
  pressInterestNoteMissing: 'Legitimate interest must be justified (legitimateInterestNote).',
  pressEmailInvalid: '"{{email}}" is not a valid e-mail address.',
}

export const pressRoom = { fr, en }
