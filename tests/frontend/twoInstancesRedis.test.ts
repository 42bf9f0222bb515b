import { newId, testRun } from '../helpers/testDatabase'
import { twoInstanceCases } from './twoInstancesCases'

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const REDIS_PREFIX = `newsroom-test-${testRun().id}-${newId()}:`

// Each change's tags are announced on Redis pub/sub; each instance acknowledges before the write is done.
describe('two instances, invalidating through Redis', () =>
  twoInstanceCases('tworedis', () => ({ REDIS_URL, REDIS_PREFIX })))
