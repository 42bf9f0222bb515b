import { seed } from '../src/seed'
import { runWithPayload } from './runWithPayload'

/** `npm run seed`: the demo accounts and the demo newsroom, added to what exists. */
await runWithPayload((payload) => seed(payload, (message) => console.log(message)))
