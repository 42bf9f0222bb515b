import { runWithPayload } from './runWithPayload'

/** `npm run migrate`: applies pending migrations to the database named by DATABASE_URI, then exits. */
await runWithPayload(async () => {})
