import { ACTIONS, PERMISSIONS, type Actor } from '../src/lib/permissions'
import { TRANSITIONS } from '../src/lib/workflow'

/**
 * Prints the permission matrix and the review workflow as Markdown tables, straight from the data
 * the access rules are built from: `npx tsx scripts/permissions-table.ts`.
 */
const actors = Object.keys(PERMISSIONS) as Actor[]
const collections = [...new Set(actors.flatMap((actor) => Object.keys(PERMISSIONS[actor])))]

console.log(`| collection | action | ${actors.join(' | ')} |`)
console.log(`| --- | --- | ${actors.map(() => '---').join(' | ')} |`)
for (const collection of collections) {
  for (const action of ACTIONS) {
    const cells = actors.map((actor) => PERMISSIONS[actor][collection]?.[action] ?? '—')
    if (cells.every((cell) => cell === '—')) continue
    console.log(`| ${collection} | ${action} | ${cells.join(' | ')} |`)
  }
}

console.log('\n| from | to | who |\n| --- | --- | --- |')
for (const { from, to, who } of TRANSITIONS) {
  console.log(
    `| ${from} | ${to} | ${Object.entries(who)
      .map(([role, scope]) => `${role} (${scope})`)
      .join(', ')} |`,
  )
}
