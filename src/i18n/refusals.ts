/** The words of the newsroom's refusals (workflow, field rules), in the admin's two languages. */
const en = {
  notAStatus: '"{{status}}" is not a review status.',
  moveForbidden: 'You may not move this document from "{{from}}" to "{{to}}".',
  moveUnknown: '"{{from}}" → "{{to}}" is not a step of the review workflow.',
  yourMoves: 'From "{{from}}" you may move it to: {{moves}}.',
  noMoves: 'From "{{from}}" you may not change its status.',
  publishNeedsApproval:
    'Only approved pieces can be published; this one is "{{status}}". It must be approved by an editor first.',
  embargoEditorsOnly: 'Only editors can set or change an embargo.',
  socialOnly: 'You may change only the social copy and distribution settings, not: {{fields}}.',
  restoreEditorsOnly: 'Only editors can restore an earlier version.',
}

export type RefusalKey = keyof typeof en

const fr: Record<RefusalKey, string> = {
  notAStatus: '« {{status}} » n’est pas une étape de relecture.',
  moveForbidden: 'Vous ne pouvez pas faire passer ce document de « {{from}} » à « {{to}} ».',
  moveUnknown: '« {{from}} » → « {{to}} » n’est pas une étape du circuit de relecture.',
  yourMoves: 'Depuis « {{from}} », vous pouvez le faire passer à : {{moves}}.',
  noMoves: 'Depuis « {{from}} », vous ne pouvez pas changer son étape.',
  publishNeedsApproval:
    'Seuls les contenus validés peuvent être publiés ; celui-ci est « {{status}} ». ' +
    'Un éditeur doit d’abord le valider.',
  embargoEditorsOnly: 'Seuls les éditeurs peuvent poser ou modifier un embargo.',
  socialOnly:
    'Vous ne pouvez modifier que les textes pour les réseaux sociaux et les réglages de diffusion, pas : {{fields}}.',
  restoreEditorsOnly: 'Seuls les éditeurs peuvent restaurer une version antérieure.',
}

export const refusals = { en, fr }
