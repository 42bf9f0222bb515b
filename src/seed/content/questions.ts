import { now } from '../../lib/clock'
import { addDays, addWeeks, isoWeekOf, mondayOf } from '../../lib/isoWeek'
import { createMissing, ref, type Refs, type Seeder } from './context'
import { QUESTIONS, type QuestionSeed } from './questions-data'

const pad = (n: number) => String(n).padStart(2, '0')

/** Weekdays during office hours in past weeks; this week's, spread over the hours just gone. */
function askedAt({ weeksAgo, slot }: QuestionSeed): string {
  if (weeksAgo === 0) return new Date(now().getTime() - (slot + 1) * 25 * 60_000).toISOString()
  const monday = mondayOf(addWeeks(isoWeekOf(now()), -weeksAgo))!
  return `${addDays(monday, slot % 5)}T${pad(7 + (slot % 10))}:${pad((slot * 7) % 60)}:00.000Z`
}

/** The 200 questions businesses asked over the last five weeks, tagged by the newsroom. */
export async function seedQuestions(seeder: Seeder, { topics }: { topics: Refs }): Promise<Refs> {
  return createMissing(
    seeder,
    'questions',
    'text',
    QUESTIONS,
    (q) => q.text,
    (question) =>
      seeder.payload.create({
        collection: 'questions',
        data: {
          text: question.text,
          sector: question.sector,
          territory: question.territory,
          audience: question.audience,
          askedAt: askedAt(question),
          topics: question.topic ? [ref(topics, question.topic, 'topic')] : [],
        },
        overrideAccess: true,
        depth: 0,
      }),
  )
}
