import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { slateEditor } from '@payloadcms/richtext-slate'
import path from 'node:path'
import { buildConfig, type PayloadRequest } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'node:url'

import { aidPostsCollection } from './src/collections/AidPosts'
import { Articles } from './src/collections/Articles'
import { AuditLog } from './src/collections/AuditLog'
import { businessesCollection } from './src/collections/Businesses'
import { Chambers } from './src/collections/Chambers'
import { Comments } from './src/collections/Comments'
import { Coverage } from './src/collections/Coverage'
import { Deliveries } from './src/collections/Deliveries'
import { Destinations } from './src/collections/Destinations'
import { Dossiers } from './src/collections/Dossiers'
import { EditorialMeetings } from './src/collections/EditorialMeetings'
import { Events } from './src/collections/Events'
import { Faqs } from './src/collections/Faqs'
import { Guides } from './src/collections/Guides'
import { Initiatives } from './src/collections/Initiatives'
import { MediaContacts } from './src/collections/MediaContacts'
import { mediaRequestsCollection } from './src/collections/MediaRequests'
import { Media } from './src/collections/Media'
import { Partners } from './src/collections/Partners'
import { PublicAnswerDeps, PublicAnswers } from './src/collections/PublicAnswers'
import { PressLists } from './src/collections/PressLists'
import { PressReleases } from './src/collections/PressReleases'
import { questionsCollection } from './src/collections/Questions'
import { Subjects } from './src/collections/Subjects'
import { SuccessStories } from './src/collections/SuccessStories'
import { Topics } from './src/collections/Topics'
import { Users } from './src/collections/Users'
import { auditFailedLogin } from './src/collections/Users/hooks/auditAccount'
import { databaseAdapter } from './src/db/adapter'
import { emailAdapterFromEnv } from './src/email/adapter'
import { errorRequestId } from './src/hooks/errorRequestId'
import { noSuggestions } from './src/graphql/noSuggestions'
import { graphqlSuggestions } from './src/hooks/graphqlSuggestions'
import { inputErrors } from './src/hooks/inputErrors'
import { calendarEndpoint } from './src/endpoints/calendar'
import { calendarFeedEndpoint } from './src/endpoints/calendarFeed'
import { calendarRescheduleEndpoint } from './src/endpoints/calendarReschedule'
import { depthLimit } from './src/graphql/depthLimit'
import { feedEndpoint } from './src/endpoints/feed'
import { myWorkEndpoint } from './src/endpoints/myWork'
import { apiDocsAssetEndpoint, apiDocsEndpoint, openApiEndpoint } from './src/endpoints/openapi'
import { resolveEndpoint } from './src/endpoints/resolve'
import { csrfOrigins, parseCorsOrigins } from './src/lib/corsOrigins'
import { parseDatabaseUri } from './src/lib/databaseUri'
import { intFromEnv } from './src/lib/env'
import { jobsCron } from './src/lib/jobsSchedule'
import { loggerOptions } from './src/lib/requestLog'
import { resolvePayloadSecret } from './src/lib/secret'
import { SITE_TYPES } from './src/lib/sitePaths'
import { MAX_UPLOAD_BYTES } from './src/lib/uploadPolicy'
import { cleanUntitledDraftsTask } from './src/jobs/cleanUntitledDrafts'
import { ADMIN_DATE_FORMAT, frenchDates } from './src/plugins/frenchDates'
import { DAILY_QUEUE, remindDueTomorrowTask } from './src/notifications/remindDueTomorrow'
import { NOTIFICATION_QUEUE, sendNotificationTask } from './src/notifications/sendNotification'
import { sweepListingsTask } from './src/notifications/sweepListings'
import { cacheInvalidation } from './src/plugins/cacheInvalidation'
import { contentPlugins } from './src/plugins/content'
import { labelInternalCollections } from './src/plugins/internalLabels'
import { s3StorageFromEnv } from './src/plugins/s3Storage'
import { writeContract } from './src/plugins/writeContract'
import { writeIntegrity } from './src/plugins/writeIntegrity'
import { translate } from './src/i18n/translate'
import { translations } from './src/i18n/translations'
import { livePreviewUrl } from './src/site/previewLinks'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const dataDir = path.resolve(process.env.DATA_DIR || 'data')
const jobsAutoRun = process.env.JOBS_AUTORUN !== 'false' && process.env.NODE_ENV !== 'test'
const jobsEvery = jobsCron(process.env)
const corsOrigins = parseCorsOrigins(process.env.CORS_ORIGINS)
const graphqlMaxDepth = intFromEnv(process.env, 'GRAPHQL_MAX_DEPTH', 10)
// Built per request, so that the refusal speaks the request's language.
const graphqlDepthLimit = (args: unknown) => {
  const req = (args as { contextValue: { req: PayloadRequest } }).contextValue.req
  return depthLimit(graphqlMaxDepth, (vars) => translate(req, 'graphqlTooDeep', vars))
}

export default buildConfig({
  serverURL: process.env.SERVER_URL || undefined,
  cors: corsOrigins,
  csrf: csrfOrigins(corsOrigins),
  secret: resolvePayloadSecret(process.env, dataDir),
  db: await databaseAdapter(parseDatabaseUri(process.env.DATABASE_URI)),
  editor: slateEditor({}),
  sharp,
  collections: [
    Articles,
    SuccessStories,
    Initiatives,
    Faqs,
    Guides,
    Events,
    Dossiers,
    Topics,
    Chambers,
    Partners,
    Media,
    Users,
    AuditLog,
    Subjects,
    EditorialMeetings,
    Comments,
    questionsCollection(process.env),
    Destinations,
    Deliveries,
    businessesCollection(process.env),
    aidPostsCollection(process.env),
    PressReleases,
    MediaContacts,
    PressLists,
    mediaRequestsCollection(process.env),
    Coverage,
    PublicAnswers,
    PublicAnswerDeps,
  ],
  endpoints: [
    calendarEndpoint,
    calendarFeedEndpoint,
    calendarRescheduleEndpoint,
    feedEndpoint,
    resolveEndpoint,
    myWorkEndpoint,
    openApiEndpoint,
    apiDocsEndpoint,
    apiDocsAssetEndpoint,
  ],
  email: emailAdapterFromEnv(process.env),
  hooks: { afterError: [inputErrors, auditFailedLogin, errorRequestId, graphqlSuggestions] },
  plugins: [
    ...contentPlugins(),
    ...s3StorageFromEnv(process.env),
    cacheInvalidation(),
    writeContract(),
    frenchDates(),
    writeIntegrity(),
  ],
  localization: {
    locales: [
      { code: 'fr', label: 'Français' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'fr',
    fallback: true,
  },
  jobs: {
    tasks: [sendNotificationTask, remindDueTomorrowTask, cleanUntitledDraftsTask, sweepListingsTask],
    // Scheduled publishing, e-mail notifications (queued with the change that causes them, sent once
    // it is committed) and the daily reminders run from here: every minute (JOBS_EVERY_SECONDS), in
    // each app process unless JOBS_AUTORUN=false. Tests run the queues themselves.
    autoRun: [
      { cron: jobsEvery, queue: 'default', limit: 50, disableScheduling: !jobsAutoRun },
      { cron: jobsEvery, queue: NOTIFICATION_QUEUE, limit: 100, disableScheduling: !jobsAutoRun },
      { cron: jobsEvery, queue: DAILY_QUEUE, limit: 5, disableScheduling: !jobsAutoRun },
    ],
    shouldAutoRun: () => jobsAutoRun,
  },
  admin: {
    user: Users.slug,
    avatar: 'default',
    // "21 nov. 2026 10:00": French order, 24 h (date-fns, in the admin's language).
    dateFormat: ADMIN_DATE_FORMAT,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Newsroom' },
    livePreview: { collections: [...SITE_TYPES], url: livePreviewUrl },
    components: {
      beforeDashboard: ['/components/WorkViews#WorkViews'],
      providers: ['/components/editView/PreconditionProvider#PreconditionProvider'],
      afterNavLinks: ['/components/planning/PlanningNavLinks#PlanningNavLinks'],
      views: {
        calendar: { Component: '/components/planning/CalendarView#CalendarView', path: '/calendar' },
        planning: { Component: '/components/planning/PlanningView#PlanningView', path: '/planning' },
      },
    },
  },
  i18n: {
    supportedLanguages: { fr, en },
    fallbackLanguage: 'fr',
    translations,
  },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    // Payload turns its own limit error into a 500; the media hook answers 413 from the truncated flag.
    abortOnLimit: false,
  },
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    maxComplexity: intFromEnv(process.env, 'GRAPHQL_MAX_COMPLEXITY', 1000),
    validationRules: (args) =>
      process.env.NODE_ENV === 'production' ? [graphqlDepthLimit(args), noSuggestions] : [graphqlDepthLimit(args)],
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    autoGenerate: false,
  },
  logger: { options: loggerOptions(process.env.LOG_LEVEL || 'info') },
  telemetry: false,
}).then(labelInternalCollections)
