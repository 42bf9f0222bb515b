/**
 * The edit form on the owner's page (the signed link of an open business or an aid post): its
 * labels and messages. The site is French; the English texts keep the table complete.
 */
const fr = {
  ownerFormHeading: 'Modifier ma fiche',
  ownerFormIntro:
    'Vos modifications sont vérifiées par la chambre avant d’être affichées : la fiche repasse en attente de validation.',
  ownerFormPlaceNote:
    'Si vous changez le code postal ou la commune, le point sur la carte est replacé au centre de la commune.',
  ownerFormSave: 'Enregistrer les modifications',
  ownerFormSaved: 'Vos modifications sont enregistrées : la chambre les vérifie avant de les afficher.',
  ownerFormInvalid: 'Certains champs sont à corriger.',
  ownerFormName: 'Nom de l’établissement',
  ownerFormCategory: 'Catégorie',
  ownerFormDescription: 'Description',
  ownerFormAddress: 'Adresse',
  ownerFormPostalCode: 'Code postal',
  ownerFormCity: 'Commune',
  ownerFormHours: 'Horaires d’ouverture',
  ownerFormServices: 'Services proposés',
  ownerFormPhone: 'Téléphone',
  ownerFormWebsite: 'Site web',
  ownerFormPublicEmail: 'E-mail affiché (facultatif)',
  ownerFormKind: 'Offre ou demande',
  ownerFormTitle: 'Titre de l’annonce',
  ownerFormQuantity: 'Quantité',
  ownerFormCompany: 'Entreprise',
}

export type OwnerFormWord = keyof typeof fr

const en: Record<OwnerFormWord, string> = {
  ownerFormHeading: 'Edit my listing',
  ownerFormIntro: 'The chamber checks your changes before they show: the listing goes back to awaiting validation.',
  ownerFormPlaceNote: 'If you change the postal code or the city, the map pin moves to the centre of the city.',
  ownerFormSave: 'Save the changes',
  ownerFormSaved: 'Your changes are saved: the chamber checks them before they show.',
  ownerFormInvalid: 'Some fields need correcting.',
  ownerFormName: 'Name of the business',
  ownerFormCategory: 'Category',
  ownerFormDescription: 'Description',
  ownerFormAddress: 'Address',
  ownerFormPostalCode: 'Postal code',
  ownerFormCity: 'City',
  ownerFormHours: 'Opening hours',
  ownerFormServices: 'Services offered',
  ownerFormPhone: 'Phone',
  ownerFormWebsite: 'Website',
  ownerFormPublicEmail: 'Public e-mail (optional)',
  ownerFormKind: 'Offer or request',
  ownerFormTitle: 'Title of the post',
  ownerFormQuantity: 'Quantity',
  ownerFormCompany: 'Company',
}

export const ownerForm = { fr, en }
