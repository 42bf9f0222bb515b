/** Why an upload is refused: the media library's checks, in the uploader's language. */
const fr = {
  uploadTooLarge: 'Le fichier est trop volumineux : {{max}} Mo au plus.',
  uploadEmpty: 'Le fichier est vide.',
  uploadWrongType: '« {{name}} » contient du {{mime}} ; les types acceptés sont {{allowed}}.',
  uploadUnknownType: '« {{name}} » n’est pas dans un format de fichier reconnu ; les types acceptés sont {{allowed}}.',
  uploadWrongExtension:
    '« {{name}} » est un fichier {{label}} mais se termine par .{{extension}} ; nommez-le .{{expected}}.',
  uploadNoExtension: '« {{name}} » est un fichier {{label}} sans extension ; nommez-le .{{expected}}.',
  uploadWebContentImage:
    'Le fichier contient du contenu web ({{markup}}…) en plus de son image : il est refusé comme possible fichier polyglotte.',
  uploadWebContentPdf:
    'Le fichier contient du contenu web ({{markup}}…) en plus de son contenu PDF : il est refusé comme possible fichier polyglotte.',
  uploadZipImage:
    'Le fichier se termine par une archive ZIP après son image : il est refusé comme possible fichier polyglotte.',
  uploadZipPdf:
    'Le fichier se termine par une archive ZIP après son contenu PDF : il est refusé comme possible fichier polyglotte.',
  uploadPdfActive:
    'Le PDF contient un élément actif ({{action}}) : exportez-le de nouveau sans scripts, pièces jointes ni actions de lancement.',
  uploadUnreadable: 'L’image {{label}} est illisible : le fichier est endommagé ou incomplet.',
  uploadNoDimensions: 'L’image {{label}} n’a pas de dimensions.',
  uploadTooManyPixels: 'L’image fait {{width}}×{{height}} pixels ; le maximum est de {{max}} mégapixels.',
  uploadTooManyPixelsFrames:
    'L’image fait {{width}}×{{height}} pixels × {{frames}} images ; le maximum est de {{max}} mégapixels.',
}

export type UploadMessage = keyof typeof fr

const en: Record<UploadMessage, string> = {
  uploadTooLarge: 'The file is too large: the maximum is {{max}} MB.',
  uploadEmpty: 'The file is empty.',
  uploadWrongType: '"{{name}}" has {{mime}} content; allowed types are {{allowed}}.',
  uploadUnknownType: '"{{name}}" has content that is not a recognised file format; allowed types are {{allowed}}.',
  uploadWrongExtension: '"{{name}}" is a {{label}} file but is named .{{extension}}; name it .{{expected}}.',
  uploadNoExtension: '"{{name}}" is a {{label}} file but has no extension; name it .{{expected}}.',
  uploadWebContentImage:
    'The file contains web content ({{markup}}…) besides its image: it is refused as a possible polyglot.',
  uploadWebContentPdf:
    'The file contains web content ({{markup}}…) besides its PDF content: it is refused as a possible polyglot.',
  uploadZipImage: 'The file ends with a ZIP archive after its image: it is refused as a possible polyglot.',
  uploadZipPdf: 'The file ends with a ZIP archive after its PDF content: it is refused as a possible polyglot.',
  uploadPdfActive:
    'The PDF contains an active element ({{action}}): export it again without scripts, attachments or launch actions.',
  uploadUnreadable: 'The {{label}} image cannot be read: the file is damaged or incomplete.',
  uploadNoDimensions: 'The {{label}} image has no dimensions.',
  uploadTooManyPixels: 'The image is {{width}}×{{height}} pixels; the maximum is {{max}} megapixels.',
  uploadTooManyPixelsFrames:
    'The image is {{width}}×{{height}} pixels × {{frames}} frames; the maximum is {{max}} megapixels.',
}

export const uploads = { fr, en }

/** A refusal of an upload: its message and what the message names. */
export type UploadProblem = { key: UploadMessage; vars?: Record<string, string | number> }
