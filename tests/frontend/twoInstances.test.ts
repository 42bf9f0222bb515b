import { twoInstanceCases } from './twoInstancesCases'

// Each change's tags are a new row of the shared database, written in the change's transaction.
describe('two instances, invalidating through the database', () => twoInstanceCases('twodb', () => ({})))
