import { rebuildReadModel } from '../src/readModel/build'
import { runWithPayload } from './runWithPayload'

/**
 * `npm run read-model`: builds the public read model of the database named by DATABASE_URI (after
 * migrating it), then exits. A deployment step, like migrations: run it before the servers start
 * when the collections' shapes changed, or on a database restored or loaded without Payload's hooks.
 */
await runWithPayload((payload) => rebuildReadModel(payload, (line) => console.log(line)))
