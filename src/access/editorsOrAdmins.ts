import type { PayloadRequest } from 'payload'

import { hasRole } from '../lib/roles'

/** Editors and admins: the people who answer for what is published. */
export const editorsOrAdmins = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin') || hasRole(user, 'editor')
