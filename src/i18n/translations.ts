import { editView, payloadWords } from './editView'
import { adminPanels } from './adminPanels'
import { calendar } from './calendar'
import { contract } from './contract'
import { crisisServices } from './crisisServices'
import { deliveries } from './deliveries'
import { outbound } from './outbound'
import { ownerForm } from './ownerForm'
import { planningBoard } from './planningBoard'
import { planning } from './planning'
import { pressRoom } from './pressRoom'
import { records } from './records'
import { refusals } from './refusals'
import { requestShapes } from './requestShapes'
import { server } from './server'
import { uploads } from './uploads'
import { workViews } from './workViews'

/** What a write that could not be stored, or whose precondition failed, tells the client; what the public question form answers. */
const writes = {
  fr: {
    changedSinceRead:
      'Ce contenu a été modifié depuis que vous l’avez ouvert{{by}}. Rechargez-le pour voir la version ' +
      'actuelle avant d’enregistrer.',
    changedBy: ' par {{name}} le {{at}}',
    busyTryAgain: 'Ce contenu est en cours de modification par quelqu’un d’autre : réessayez dans un instant.',
    lockedBy:
      'Ce contenu est en cours de modification par {{name}} (depuis le {{since}}) : vos modifications n’ont pas ' +
      'été enregistrées. Réessayez quand cette personne aura terminé.',
    lockedBySomeone: 'une autre personne',
    notCommitted:
      'La modification n’a pas pu être enregistrée ; rien n’a été changé. Réessayez ou signalez-le ' +
      'avec la référence {{requestId}}.',
    idempotencyKeyReused:
      'Cette clé Idempotency-Key a déjà servi pour une autre requête : utilisez une nouvelle clé pour ' +
      'une nouvelle requête.',
    idempotencyKeyInFlight:
      'Une requête avec cette clé Idempotency-Key est encore en cours : réessayez dans un ' + 'instant.',
    idempotencyKeyInvalid: 'L’en-tête Idempotency-Key doit faire de 1 à 255 caractères imprimables.',
    questionThanks: 'Merci : votre question a bien été reçue.',
    questionTooMany: 'Trop de questions depuis votre adresse : réessayez dans {{seconds}} secondes.',
    questionNotObject: 'Envoyez un objet JSON : { "text", "sector", "territory", "audience" }.',
    questionLength: '« text » doit faire de {{min}} à {{max}} caractères (reçu : {{got}}).',
    questionOneOf: '« {{field}} » doit être l’une des valeurs : {{allowed}}.',
  },
  en: {
    changedSinceRead:
      'This content has changed since you opened it{{by}}. Reload it to see the current version before ' + 'saving.',
    changedBy: ' by {{name}} on {{at}}',
    busyTryAgain: 'Someone else is changing this content right now: try again in a moment.',
    lockedBy:
      'This document is being edited by {{name}} (since {{since}}): your changes were not saved. Try again when ' +
      'they have finished.',
    lockedBySomeone: 'another user',
    notCommitted:
      'The change could not be saved; nothing was changed. Try again, or report it with reference ' + '{{requestId}}.',
    idempotencyKeyReused: 'This Idempotency-Key was already used for another request: use a new key for a new request.',
    idempotencyKeyInFlight: 'A request with this Idempotency-Key is still in progress: try again in a moment.',
    idempotencyKeyInvalid: 'The Idempotency-Key header must be 1 to 255 printable characters.',
    questionThanks: 'Thank you: your question has been received.',
    questionTooMany: 'Too many questions from your address: try again in {{seconds}} seconds.',
    questionNotObject: 'Send a JSON object: { "text", "sector", "territory", "audience" }.',
    questionLength: '"text" must be {{min}} to {{max}} characters long (got {{got}}).',
    questionOneOf: '"{{field}}" must be one of: {{allowed}}.',
  },
}

/**
 * The platform's own messages, merged into Payload's i18n (`i18n.translations`, namespace
 * `newsroom`): the server answers in the language Payload chose for the request. `{{name}}`
 * placeholders are filled by Payload's `t`.
 */
export const translations = {
  fr: {
    ...payloadWords.fr,
    newsroom: {
      ...writes.fr,
      ...refusals.fr,
      ...requestShapes.fr,
      ...workViews.fr,
      ...planningBoard.fr,
      ...editView.fr,
      ...crisisServices.fr,
      ...ownerForm.fr,
      ...pressRoom.fr,
      ...contract.fr,
      ...planning.fr,
      ...server.fr,
      ...records.fr,
      ...uploads.fr,
      ...outbound.fr,
      ...deliveries.fr,
      ...calendar.fr,
      ...adminPanels.fr,
    },
  },
  en: {
    ...payloadWords.en,
    newsroom: {
      ...writes.en,
      ...refusals.en,
      ...requestShapes.en,
      ...workViews.en,
      ...planningBoard.en,
      ...editView.en,
      ...crisisServices.en,
      ...ownerForm.en,
      ...pressRoom.en,
      ...contract.en,
      ...planning.en,
      ...server.en,
      ...records.en,
      ...uploads.en,
      ...outbound.en,
      ...deliveries.en,
      ...calendar.en,
      ...adminPanels.en,
    },
  },
}

export type NewsroomMessage = keyof (typeof translations)['fr']['newsroom']
