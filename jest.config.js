/** Integration and unit tests: `npm test` (SQLite), `TEST_DB=postgres npm test`, `TEST_DB=mongodb MONGODB_URI=… npm test`. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

// These choose their databases themselves (an export from SQLite into PostgreSQL, a cluster on
// PostgreSQL), so the passes on another TEST_DB do not run them a second time.
const OWN_DATABASES = ['<rootDir>/tests/database/exportImport', '<rootDir>/tests/hardening/scaleOut.test.ts']
// Tests of modules that never reach a database (rules, formats, renderers): run in the default
// pass only, the other databases' passes would repeat them unchanged.
const DATABASE_FREE = [
  '<rootDir>/tests/config/jobsSchedule.test.ts',
  '<rootDir>/tests/crisisServices/mapIndex.test.ts',
  '<rootDir>/tests/crisisServices/rules.test.ts',
  '<rootDir>/tests/distribution/adapters.test.ts',
  '<rootDir>/tests/distribution/outboundUrl.test.ts',
  '<rootDir>/tests/distribution/pieceImage.test.ts',
  '<rootDir>/tests/distribution/receiverSchemas.test.ts',
  '<rootDir>/tests/distribution/redact.test.ts',
  '<rootDir>/tests/distribution/retrySchedule.test.ts',
  '<rootDir>/tests/distribution/standardWebhooks.test.ts',
  '<rootDir>/tests/distribution/verdict.test.ts',
  '<rootDir>/tests/distribution/xText.test.ts',
  '<rootDir>/tests/frontend/cacheTags.test.ts',
  '<rootDir>/tests/frontend/sitePaths.test.ts',
  '<rootDir>/tests/frontend/syndicationFormat.test.ts',
  '<rootDir>/tests/hardening/refusalWords.test.ts',
  '<rootDir>/tests/hardening/requestChecks.test.ts',
  '<rootDir>/tests/media/activeContent.test.ts',
  '<rootDir>/tests/planning/boardText.test.ts',
  '<rootDir>/tests/planning/ical.test.ts',
  '<rootDir>/tests/planning/intake.test.ts',
  '<rootDir>/tests/planning/isoWeek.test.ts',
  '<rootDir>/tests/planning/mentions.test.ts',
  '<rootDir>/tests/planning/messages.test.ts',
  '<rootDir>/tests/planning/subjectFlow.test.ts',
  '<rootDir>/tests/planning/trends.test.ts',
  '<rootDir>/tests/pressRoom/pressRules.test.ts',
  '<rootDir>/tests/seed/chambersData.test.ts',
  '<rootDir>/tests/site/franceMap.test.ts',
  '<rootDir>/tests/site/pageCache.test.ts',
  '<rootDir>/tests/site/siteModules.test.ts',
  '<rootDir>/tests/workViews/sections.test.ts',
  '<rootDir>/tests/workflow/fieldChanges.test.ts',
  '<rootDir>/tests/workflow/permissionTable.test.ts',
]
const defaultPass = !process.env.TEST_DB || process.env.TEST_DB === 'sqlite'

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(defaultPass ? [] : [...OWN_DATABASES, ...DATABASE_FREE])],
  globalSetup: '<rootDir>/tests/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
  reporters: ['default', '<rootDir>/tests/setup/runSummary.js'],
  testTimeout: 60_000,
  maxWorkers: 2,
  // Each file's module registry (a whole Payload) outlives the file in its worker: heaps reached 3.3 GB
  // and the files run late in a worker slowed down under garbage collection. A worker past this
  // size after a file is replaced (same pass: 1,321 s of CPU before, 913 s after).
  workerIdleMemoryLimit: '1500MB',
}
