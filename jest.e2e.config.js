import base from './jest.config.js'

/** Browser tests against the production build, driving Debian's Chromium: `npm run test:e2e`. */
export default {
  ...base,
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  globalSetup: '<rootDir>/tests/e2e/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
}
