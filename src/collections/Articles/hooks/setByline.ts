import { copyUserNames } from '../../../hooks/copyUserNames'

/** The authors' names, copied onto the article for readers who may not read accounts. */
export const setByline = copyUserNames('authors', 'byline')
