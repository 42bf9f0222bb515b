import type { PayloadRequest } from 'payload'

/** Any signed-in account. */
export const authenticated = ({ req }: { req: PayloadRequest }): boolean => Boolean(req.user)
