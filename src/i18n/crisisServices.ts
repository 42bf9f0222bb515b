/**
 * The chambers' crisis services (open businesses, mutual aid): answers to the public forms, the
 * owner's signed link and the moderators, and the e-mails sent to owners (always in French).
 */
const fr = {
  crisisSubmitted:
    'Merci : votre fiche est en attente de validation. Confirmez votre adresse e-mail avec le lien que nous venons de vous envoyer.',
  crisisBadBody: 'Envoyez un objet JSON avec les champs du formulaire.',
  crisisFieldRequired: 'Le champ « {{field}} » est obligatoire.',
  crisisFieldLength: 'Le champ « {{field}} » doit faire de {{min}} à {{max}} caractères (il en fait {{got}}).',
  crisisFieldChoice: 'Le champ « {{field}} » doit prendre l’une de ces valeurs : {{allowed}}.',
  crisisFieldEmail: 'Le champ « {{field}} » doit être une adresse e-mail valide.',
  crisisFieldPhone: 'Le champ « {{field}} » doit être un numéro de téléphone (chiffres, espaces, +).',
  crisisFieldUrl: 'Le champ « {{field}} » doit être l’adresse d’un site web (https://…).',
  crisisFieldInteger: 'Le champ « {{field}} » doit être un nombre entier de {{min}} à {{max}}.',
  crisisTooManyLinks: 'Le texte contient {{count}} liens ; {{max}} au plus sont acceptés.',
  crisisPostalCodeUnknown: 'Le code postal « {{postalCode}} » n’existe pas en France.',
  crisisCityNotInPostalCode:
    'La commune ne correspond pas au code postal {{postalCode}} ; communes desservies : {{communes}}.',
  crisisCoordinatesInvalid: 'La position doit être une latitude et une longitude valides.',
  crisisPinAtSea:
    'Le point placé sur la carte est en mer ou hors de France : placez-le sur l’adresse de votre établissement.',
  crisisPinFarFromCommune:
    'Le point placé sur la carte est trop loin de {{city}} : placez-le sur l’adresse de votre établissement.',
  crisisServiceNotEnabled:
    'Ce service n’est pas ouvert dans votre département : la chambre dont il relève ({{chamber}}) ne l’a pas activé. ' +
    'Contactez-la pour être référencé{{contact}}.',
  crisisServiceNoChamber:
    'Ce service n’est pas ouvert dans le département {{department}} : aucune chambre du réseau ne l’y propose encore.',
  crisisTooMany: 'Trop d’envois depuis votre adresse : réessayez dans {{seconds}} secondes.',
  crisisLinkInvalid: 'Ce lien n’est pas valide pour cette fiche.',
  crisisLinkExpired: 'Ce lien a expiré : demandez-en un nouveau à la chambre de votre département.',
  crisisOwnerActionUnknown: 'L’action doit être l’une de : {{actions}}.',
  crisisOwnerActionRefused: 'Cette action n’est pas possible : la fiche est « {{status}} ».',
  crisisNotFound: 'Aucune fiche ne porte ce numéro.',
  crisisReasonRequired: 'Indiquez le motif du refus : il est envoyé par e-mail au propriétaire de la fiche.',
  crisisModerationRefused: 'Une fiche « {{from}} » ne peut pas passer à « {{to}} ».',
  crisisOwnerNotConfirmed:
    'Le propriétaire n’a pas encore confirmé son adresse e-mail : la fiche ne peut pas être publiée avant.',
  crisisBadBbox: '« bbox » doit valoir ouest,sud,est,nord en degrés (par exemple 2.2,48.8,2.5,48.9).',
  crisisBadFilter: '« {{field}} » doit prendre l’une de ces valeurs : {{allowed}}.',
  crisisNearestOrigin: 'Donnez « postalCode » ou « lat » et « lng ».',
  crisisContactSent: 'Votre message a été transmis. La réponse vous arrivera directement par e-mail.',
  crisisNotOpen: 'Cette annonce n’est plus ouverte aux contacts.',
  // E-mails to owners.
  crisisMailConfirmSubject: 'Confirmez votre fiche « {{title}} »',
  crisisMailConfirmText:
    'Bonjour,\n\nVous avez inscrit « {{title}} » ({{service}}). Pour confirmer votre adresse e-mail, ouvrez ce lien :\n{{link}}\n\n' +
    'Votre fiche sera visible après validation par {{chamber}}. Le même lien vous permettra ensuite de la mettre à jour, ' +
    'de la renouveler ou de la retirer.\n\nSi vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
  crisisMailApprovedSubject: 'Votre fiche « {{title}} » est en ligne',
  crisisMailApprovedText:
    'Bonjour,\n\n{{chamber}} a validé « {{title}} ». Elle reste visible jusqu’au {{until}} ; renouvelez-la d’un clic avant cette date :\n{{link}}',
  crisisMailRejectedSubject: 'Votre fiche « {{title}} » n’a pas été retenue',
  crisisMailRejectedText:
    'Bonjour,\n\n{{chamber}} n’a pas retenu « {{title}} ».\n\nMotif : {{reason}}\n\nVous pouvez la corriger avec ce lien :\n{{link}}',
  crisisMailReminderSubject: 'Votre fiche « {{title}} » expire le {{until}}',
  crisisMailReminderText:
    'Bonjour,\n\nLes informations de crise vieillissent vite : « {{title}} » ne sera plus affichée après le {{until}}. ' +
    'Si elle est toujours exacte, renouvelez-la d’un clic :\n{{link}}\n\nSinon, mettez-la à jour ou retirez-la avec le même lien.',
  crisisMailExpiredSubject: 'Votre fiche « {{title}} » n’est plus affichée',
  crisisMailExpiredText:
    'Bonjour,\n\n« {{title}} » n’a pas été renouvelée depuis 30 jours et n’est plus affichée. Un clic suffit pour la remettre en ligne :\n{{link}}',
  crisisMailContactSubject: 'Réponse à votre annonce « {{title}} »',
  crisisMailContactText:
    'Bonjour,\n\n{{name}} ({{company}}) répond à votre annonce « {{title}} » :\n\n{{message}}\n\n' +
    'Répondez directement à cet e-mail pour lui écrire ({{email}}). Si l’affaire est conclue, indiquez-le avec votre lien :\n{{link}}',
}

export type CrisisMessage = keyof typeof fr

const en: Record<CrisisMessage, string> = {
  crisisSubmitted:
    'Thank you: your listing awaits validation. Confirm your e-mail address with the link we have just sent you.',
  crisisBadBody: 'Send a JSON object with the form’s fields.',
  crisisFieldRequired: '"{{field}}" is required.',
  crisisFieldLength: '"{{field}}" must be {{min}} to {{max}} characters long (got {{got}}).',
  crisisFieldChoice: '"{{field}}" must be one of: {{allowed}}.',
  crisisFieldEmail: '"{{field}}" must be a valid e-mail address.',
  crisisFieldPhone: '"{{field}}" must be a phone number (digits, spaces, +).',
  crisisFieldUrl: '"{{field}}" must be a website address (https://…).',
  crisisFieldInteger: '"{{field}}" must be a whole number from {{min}} to {{max}}.',
  crisisTooManyLinks: 'The text holds {{count}} links; at most {{max}} are accepted.',
  crisisPostalCodeUnknown: 'The postal code "{{postalCode}}" does not exist in France.',
  crisisCityNotInPostalCode: 'The city does not match postal code {{postalCode}}; it serves: {{communes}}.',
  crisisCoordinatesInvalid: 'The position must be a valid latitude and longitude.',
  crisisPinAtSea: 'The pin is at sea or outside France: place it on your premises’ address.',
  crisisPinFarFromCommune: 'The pin is too far from {{city}}: place it on your premises’ address.',
  crisisServiceNotEnabled:
    'This service is not open in your department: its chamber ({{chamber}}) has not switched it on. Contact it to be listed{{contact}}.',
  crisisServiceNoChamber:
    'This service is not open in department {{department}}: no chamber of the network offers it there yet.',
  crisisTooMany: 'Too many submissions from your address: try again in {{seconds}} seconds.',
  crisisLinkInvalid: 'This link is not valid for this listing.',
  crisisLinkExpired: 'This link has expired: ask your department’s chamber for a new one.',
  crisisOwnerActionUnknown: 'The action must be one of: {{actions}}.',
  crisisOwnerActionRefused: 'This action is not possible: the listing is "{{status}}".',
  crisisNotFound: 'No listing has this number.',
  crisisReasonRequired: 'Give the reason for the rejection: it is e-mailed to the listing’s owner.',
  crisisModerationRefused: 'A "{{from}}" listing cannot move to "{{to}}".',
  crisisOwnerNotConfirmed:
    'The owner has not confirmed their e-mail address yet: the listing cannot be published before.',
  crisisBadBbox: '"bbox" must be west,south,east,north in degrees (e.g. 2.2,48.8,2.5,48.9).',
  crisisBadFilter: '"{{field}}" must be one of: {{allowed}}.',
  crisisNearestOrigin: 'Give "postalCode", or "lat" and "lng".',
  crisisContactSent: 'Your message has been passed on. The answer will reach you directly by e-mail.',
  crisisNotOpen: 'This post no longer takes contacts.',
  crisisMailConfirmSubject: 'Confirm your listing "{{title}}"',
  crisisMailConfirmText:
    'Hello,\n\nYou registered "{{title}}" ({{service}}). To confirm your e-mail address, open this link:\n{{link}}\n\nIt shows once {{chamber}} has validated it.',
  crisisMailApprovedSubject: 'Your listing "{{title}}" is online',
  crisisMailApprovedText:
    'Hello,\n\n{{chamber}} validated "{{title}}". It stays visible until {{until}}; renew it in one click before then:\n{{link}}',
  crisisMailRejectedSubject: 'Your listing "{{title}}" was not accepted',
  crisisMailRejectedText:
    'Hello,\n\n{{chamber}} did not accept "{{title}}".\n\nReason: {{reason}}\n\nYou may correct it with this link:\n{{link}}',
  crisisMailReminderSubject: 'Your listing "{{title}}" expires on {{until}}',
  crisisMailReminderText:
    'Hello,\n\n"{{title}}" will no longer show after {{until}}. If it is still accurate, renew it in one click:\n{{link}}',
  crisisMailExpiredSubject: 'Your listing "{{title}}" no longer shows',
  crisisMailExpiredText:
    'Hello,\n\n"{{title}}" was not renewed for 30 days and no longer shows. One click puts it back:\n{{link}}',
  crisisMailContactSubject: 'A reply to your post "{{title}}"',
  crisisMailContactText:
    'Hello,\n\n{{name}} ({{company}}) replies to your post "{{title}}":\n\n{{message}}\n\nReply to this e-mail to write back ({{email}}). Once settled, say so with your link:\n{{link}}',
}

export const crisisServices = { fr, en }
