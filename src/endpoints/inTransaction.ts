import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/** Several writes (a listing and the e-mail it causes, a creation and its kept answer) that stand or fall together. */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
