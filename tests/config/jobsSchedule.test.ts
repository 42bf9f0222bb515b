import { jobsCron as cronOf } from '../../src/lib/jobsSchedule'

const jobsCron = (vars: Record<string, string>) => cronOf(vars as NodeJS.ProcessEnv)

test('the job queues run every minute unless JOBS_EVERY_SECONDS says otherwise', () => {
  expect(jobsCron({})).toBe('* * * * *')
  expect(jobsCron({ JOBS_EVERY_SECONDS: '60' })).toBe('* * * * *')
  expect(jobsCron({ JOBS_EVERY_SECONDS: '5' })).toBe('*/5 * * * * *')
  expect(jobsCron({ JOBS_EVERY_SECONDS: '30' })).toBe('*/30 * * * * *')
})

test.each(['0', '7', '45', '90', 'soon', '-5'])(
  'JOBS_EVERY_SECONDS=%s stops start-up, naming the variable',
  (value) => {
    expect(() => jobsCron({ JOBS_EVERY_SECONDS: value })).toThrow(/JOBS_EVERY_SECONDS/)
  },
)
