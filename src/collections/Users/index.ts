import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { accessFromMatrix } from '../../access/byMatrix'
import { staffWithRole } from '../../access/staffWithRole'
import { calendarTokenEndpoints } from '../../endpoints/calendarToken'
import { notificationPreferencesField } from '../../fields/notificationPreferences'
import { ROLES } from '../../lib/roles'
import { auditLogin, auditRoleChange } from './hooks/auditAccount'
import { checkEmailIsText } from './hooks/checkEmailIsText'
import { endAllSessionsOnLogout } from './hooks/endAllSessionsOnLogout'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { refuseRoleChangeByNonAdmin } from './hooks/refuseRoleChangeByNonAdmin'

const TEN_MINUTES = 10 * 60 * 1000

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fr: 'Utilisateur', en: 'User' },
    plural: { fr: 'Utilisateurs', en: 'Users' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: TEN_MINUTES,
    // Sessions are stored on the user, so logging out revokes the tokens themselves, not only the
    // cookie; a password change keeps only the session that made it (Payload's rule).
    useSessions: true,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
    // Payload spaces reset e-mails per account with a write made beside the operation's own
    // transaction: SQLite has one writer, so that write waited for the transaction that waited for
    // it. Resets are limited per client address instead (RATE_LIMIT_LOGIN_PER_MINUTE), on every
    // database alike, so that the schema is the same everywhere.
    forgotPassword: { minRequestInterval: 0 },
  },
  access: {
    ...accessFromMatrix('users'),
    admin: staffWithRole,
    unlock: admins,
  },
  endpoints: calendarTokenEndpoints,
  hooks: {
    beforeOperation: [enforcePasswordPolicy, refuseRoleChangeByNonAdmin],
    beforeValidate: [checkEmailIsText, firstUserIsAdmin],
    afterChange: [auditRoleChange],
    afterLogin: [auditLogin],
    afterLogout: [endAllSessionsOnLogout],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { fr: 'Nom', en: 'Name' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      label: { fr: 'Rôles', en: 'Roles' },
      options: [
        { value: 'admin', label: { fr: 'Administrateur', en: 'Administrator' } },
        { value: 'editor', label: { fr: 'Rédacteur en chef', en: 'Editor' } },
        { value: 'journalist', label: { fr: 'Journaliste', en: 'Journalist' } },
        { value: 'community-manager', label: { fr: 'Community manager', en: 'Community manager' } },
        { value: 'contributor', label: { fr: 'Correspondant de chambre', en: 'Chamber contributor' } },
      ] satisfies { value: (typeof ROLES)[number]; label: Record<string, string> }[],
      access: { create: admins, update: admins },
    },
    {
      name: 'chamber',
      type: 'relationship',
      relationTo: 'chambers',
      label: { fr: 'Chambre', en: 'Chamber' },
      admin: {
        description: {
          fr: 'Pour les correspondants : la chambre pour laquelle ils publient.',
          en: 'For contributors: the chamber they publish for.',
        },
      },
      access: { create: admins, update: admins },
    },
    notificationPreferencesField(),
    // The personal calendar feed's token, hashed; set and cleared only through /api/users/calendar-token.
    {
      name: 'calendarTokenHash',
      type: 'text',
      index: true,
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    },
    {
      name: 'calendarFeed',
      type: 'ui',
      label: { fr: 'Agenda personnel', en: 'Personal calendar' },
      admin: { components: { Field: '/components/planning/CalendarFeedControl#CalendarFeedControl' } },
    },
  ],
}
