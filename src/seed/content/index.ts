import type { Payload } from 'payload'

import { DEMO_ACCOUNTS } from '../accounts'
import { seedArticles, type Authors } from './articles'
import { seedChambers } from './chambers'
import { seedCrisisServices } from './crisisServices'
import type { SeedLog } from './context'
import { seedDossiers } from './dossiers'
import { seedEvents } from './events'
import { seedFaqs } from './faqs'
import { seedGuides } from './guides'
import { seedImages } from './images'
import { seedInitiatives } from './initiatives'
import { seedPartners } from './partners'
import { seedPlanning } from './planning'
import { seedPressRoom } from './pressRoom'
import { seedQuestions } from './questions'
import { seedSuccessStories } from './success-stories'
import { seedTopics } from './topics'

/** The articles are signed by the demo newsroom: the journalist and the editor. */
async function findAuthors(payload: Payload): Promise<Authors> {
  const emailOf = (role: keyof Authors) => DEMO_ACCOUNTS.find((a) => a.roles.includes(role))?.email ?? ''
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { in: [emailOf('editor'), emailOf('journalist')] } },
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  const idOf = (role: keyof Authors) => {
    const user = docs.find((u) => u.email === emailOf(role))
    if (!user) throw new Error(`The demo ${role} account is missing: the content seed runs after the accounts.`)
    return user.id
  }
  return { editor: idOf('editor'), journalist: idOf('journalist') }
}

/**
 * The demo newsroom's content, in dependency order: each step returns the ids the next ones link
 * to. Every step skips what already exists, so a second run only reads.
 */
export async function seedContent(payload: Payload, log: SeedLog): Promise<void> {
  const started = performance.now()
  const seeder = { payload, log }
  log('Seeding demo content')
  const authors = await findAuthors(payload)
  const chambers = await seedChambers(seeder)
  const topics = await seedTopics(seeder)
  const images = await seedImages(seeder)
  const partners = await seedPartners(seeder, images)
  const faqs = await seedFaqs(seeder, topics)
  const guides = await seedGuides(seeder, topics)
  const articles = await seedArticles(seeder, { topics, images, partners, faqs, authors })
  const stories = await seedSuccessStories(seeder, { topics, images, chambers })
  const initiatives = await seedInitiatives(seeder, { topics, chambers })
  const events = await seedEvents(seeder, { topics, chambers })
  await seedDossiers(seeder, {
    topics,
    content: { articles, 'success-stories': stories, initiatives, faqs, guides, events },
  })
  const questions = await seedQuestions(seeder, { topics })
  await seedPlanning(seeder, { topics, articles, questions })
  await seedCrisisServices(seeder, chambers)
  await seedPressRoom(seeder, { authors, images, articles })
  log(`  content done in ${((performance.now() - started) / 1000).toFixed(2)} s`)
}
