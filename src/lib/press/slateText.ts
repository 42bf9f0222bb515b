type Node = { text?: unknown; children?: unknown }

/** A Slate document as plain text: one paragraph per block, separated by a blank line. */
export function slateText(value: unknown): string {
  if (!Array.isArray(value)) return ''
  const inline = (node: Node): string =>
    typeof node.text === 'string'
      ? node.text
      : Array.isArray(node.children)
        ? node.children.map((c) => inline(c as Node)).join('')
        : ''
  return value
    .map((block) => inline(block as Node).trim())
    .filter(Boolean)
    .join('\n\n')
}
