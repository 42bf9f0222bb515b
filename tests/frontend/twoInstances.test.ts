import { twoInstanceCases } from './twoInstancesCases'

// The generation is a row of the shared database, rewritten in each change's transaction.
describe('two instances, invalidating through the database', () => twoInstanceCases('twodb', () => ({})))
