import { copyUserNames } from '../../../hooks/copyUserNames'

/** The spokespeople's names, copied onto the release for the public page and the API's anonymous readers. */
export const setSpokespeople = copyUserNames('contacts', 'spokespeople')
