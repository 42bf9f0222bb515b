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
  testPathIgnorePatterns: ['/node_modules/', ...(defaultPass ? [] : OWN_DATABASES)],
  globalSetup: '<rootDir>/tests/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
  reporters: ['default', '<rootDir>/tests/setup/slowestFiles.js'],
  testTimeout: 60_000,
  maxWorkers: 2,
  // Each file's module registry (a whole Payload) outlives the file in its worker: heaps reached 3.3 GB
  // and the files run late in a worker slowed down under garbage collection. A worker past this
  // size after a file is replaced (same pass: 1,321 s of CPU before, 913 s after).
  workerIdleMemoryLimit: '1500MB',
}
