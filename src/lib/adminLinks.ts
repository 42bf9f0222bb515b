import { serverUrl } from './siteUrl'

/** Where a document opens in the admin. */
export const adminPath = (collection: string, id: number | string) => `/admin/collections/${collection}/${id}`

/** A meeting's board, as a tab of its page in the admin. */
export const boardPath = (meetingId: number | string) => `${adminPath('editorial-meetings', meetingId)}/board`

/** Absolute base for links sent outside the admin (e-mails, calendar feeds). */
export const publicBaseUrl = (serverURL: string | undefined) => (serverURL || serverUrl()).replace(/\/$/, '')
