/**
 * The order in which to write documents so that each one comes after those it refers to (the SQL
 * adapters check foreign keys on every row as it is written). References come in two kinds:
 * `required` ones (a NOT NULL column) must point to a document written earlier; the others may be
 * left out of the first write and added by an update once their target exists, which is how a
 * cycle (a meeting's decisions name subjects, which list their meetings) is written at all.
 *
 * Two depth-first walks: the first follows every reference, which orders all of them when there is
 * no cycle; the second keeps that order but gives way to required references alone, so a cycle is
 * broken at a reference that can wait.
 */
export type OrderNode = { key: string; references: Iterable<{ key: string; required: boolean }> }

export class ReferenceCycleError extends Error {
  constructor(readonly keys: string[]) {
    super(
      `Required references form a cycle (${keys.join(' → ')}): these documents cannot be written one after the other.`,
    )
    this.name = 'ReferenceCycleError'
  }
}

export function creationOrder(nodes: Iterable<OrderNode>): string[] {
  const all = new Map<string, string[]>()
  const required = new Map<string, string[]>()
  for (const node of nodes) {
    const references = [...node.references]
    all.set(
      node.key,
      references.map((r) => r.key),
    )
    required.set(
      node.key,
      references.filter((r) => r.required).map((r) => r.key),
    )
  }
  const order = depthFirst(required, depthFirst(all, all.keys()))
  const position = new Map(order.map((key, index) => [key, index]))
  for (const [key, targets] of required) {
    const late = targets.find(
      (target) => target !== key && position.has(target) && position.get(target)! > position.get(key)!,
    )
    if (late !== undefined) throw new ReferenceCycleError([key, late])
  }
  return order
}

/** Post-order, iterative because a chain of parents (a topic tree) can outgrow the call stack. */
function depthFirst(edges: Map<string, string[]>, roots: Iterable<string>): string[] {
  const seen = new Set<string>()
  const order: string[] = []
  for (const root of roots) {
    if (seen.has(root) || !edges.has(root)) continue
    seen.add(root)
    const stack: { key: string; next: number }[] = [{ key: root, next: 0 }]
    while (stack.length) {
      const top = stack[stack.length - 1]
      const targets = edges.get(top.key)!
      if (top.next < targets.length) {
        const target = targets[top.next++]
        // Unknown keys point outside the archive; a key already seen is written or on the stack (a cycle).
        if (edges.has(target) && !seen.has(target)) {
          seen.add(target)
          stack.push({ key: target, next: 0 })
        }
        continue
      }
      stack.pop()
      order.push(top.key)
    }
  }
  return order
}
