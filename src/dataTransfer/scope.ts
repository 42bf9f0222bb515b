/**
 * What an archive holds: every collection and global, but for Payload's internal ones that describe
 * the running deployment rather than its content. Kept (and worth saying why):
 * - `payload-jobs`: scheduled publications and queued notifications are jobs; leaving them out
 *   would silently cancel every scheduled publication.
 * - `payload-preferences`: each user's admin settings (columns, filters), which belong to the user.
 * - `search`: the search index is written by hooks, which an import does not run.
 * - `audit-log`, `deliveries`: the record of what happened, which an archive exists to keep.
 */
export const LEFT_OUT_COLLECTIONS: Readonly<Record<string, string>> = {
  'payload-migrations': 'the target is brought to its schema by its own migrations, whose names differ per adapter',
  'payload-locked-documents': 'editing locks belong to sessions of the source; restored, they would block editors',
  'payload-kv': "the running deployment's cache generation (src/cache/generation.ts), meaningless elsewhere",
  'public-answers': 'the public read model is computed from the content: `npm run read-model` after an import',
  'public-answer-deps': 'part of the public read model, computed with it',
}

export const LEFT_OUT_GLOBALS: Readonly<Record<string, string>> = {
  'payload-jobs-stats': "the job runner's bookkeeping of its schedules, rebuilt on its first run",
}

export const isArchivedCollection = (slug: string): boolean => !(slug in LEFT_OUT_COLLECTIONS)

export const isArchivedGlobal = (slug: string): boolean => !(slug in LEFT_OUT_GLOBALS)
