/** The edit view's own words: the conflict dialog, the review step in the header, untitled drafts. */
export const editView = {
  fr: {
    editConflictTitle: 'Ce contenu a changé pendant que vous l’aviez ouvert',
    editConflictNothingSaved:
      'Votre modification n’a pas été enregistrée : rien n’a été écrit par-dessus l’autre version.',
    editConflictReload: 'Recharger la version actuelle',
    editConflictKeep: 'Rester sur la page',
  },
  en: {
    editConflictTitle: 'This content changed while you had it open',
    editConflictNothingSaved: 'Your change was not saved: nothing was written over the other version.',
    editConflictReload: 'Load the current version',
    editConflictKeep: 'Stay on the page',
  },
}

/**
 * Payload's own words the newsroom reads differently: an empty cell is a dash, not "<Pas de
 * Attribué à>"; a checkbox says "oui"/"non", not "faux".
 */
export const payloadWords = {
  fr: { general: { noLabel: '—', true: 'Oui', false: 'Non' } },
  en: { general: { noLabel: '—', true: 'Yes', false: 'No' } },
}
