/**
 * Where the time goes: self time of a V8 CPU profile (`node --cpu-prof`), by package and by
 * function. `node --import tsx bench/profile.ts <file.cpuprofile> [top]`
 */
import { readFileSync } from 'node:fs'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const [file, top = '25'] = process.argv.slice(2)
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map<number, number>()
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))

export function packageOf(url: string, name: string): string {
  if (!url) return name === '(garbage collector)' ? 'GC' : name.startsWith('(') ? name : 'native'
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (modules) return modules[1]
  if (url.startsWith('node:')) return 'node'
  const own = /\/work\/[^/]+\/(src|bench|server\.ts|payload\.config\.ts)/.exec(url)
  return own ? `ours: ${own[1]}` : url
}

const total = [...self.values()].reduce((a, b) => a + b, 0)
const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value)
const packages = new Map<string, number>()
const functions = new Map<string, number>()
for (const [id, time] of self) {
  const { callFrame } = byId.get(id)!
  const pkg = packageOf(callFrame.url, callFrame.functionName)
  add(packages, pkg, time)
  add(
    functions,
    `${callFrame.functionName || '(anonymous)'}  ${pkg}  ${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`,
    time,
  )
}
// Inclusive time: each sample counts once for every distinct function on its stack.
const parent = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const inclusive = new Map<string, number>()
profile.samples.forEach((id, i) => {
  const seen = new Set<string>()
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const { callFrame } = byId.get(n)!
    if (!callFrame.url) continue
    const key = `${callFrame.functionName || '(anonymous)'}  ${packageOf(callFrame.url, callFrame.functionName)}  ${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`
    if (!seen.has(key)) add(inclusive, key, profile.timeDeltas[i] ?? 0)
    seen.add(key)
  }
})

const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`)
  for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
    console.log(`${((time / total) * 100).toFixed(1).padStart(5)} %  ${key}`)
}
console.log(`${(total / 1e6).toFixed(1)} s sampled`)
print('self time by package', packages)
print('self time by function', functions)
print('inclusive time by function', inclusive)
