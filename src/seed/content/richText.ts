/**
 * Slate documents as @payloadcms/richtext-slate stores them: a paragraph is an element without a
 * type, links are inline elements inside a paragraph, and every element ends in text leaves.
 */
export type SlateText = { text: string; bold?: true; italic?: true }
export type SlateElement = { type?: string; url?: string; linkType?: 'custom'; newTab?: boolean; children: SlateNode[] }
export type SlateNode = SlateText | SlateElement

type Inline = string | SlateNode

const leaf = (part: Inline): SlateNode => (typeof part === 'string' ? { text: part } : part)

export const p = (...parts: Inline[]): SlateElement => ({ children: parts.map(leaf) })

export const h2 = (text: string): SlateElement => ({ type: 'h2', children: [{ text }] })

export const h3 = (text: string): SlateElement => ({ type: 'h3', children: [{ text }] })

export const quote = (text: string): SlateElement => ({ type: 'blockquote', children: [{ text }] })

export const ul = (...items: string[]): SlateElement => ({
  type: 'ul',
  children: items.map((text) => ({ type: 'li', children: [{ text }] })),
})

export const link = (text: string, url: string): SlateElement => ({
  type: 'link',
  linkType: 'custom',
  url,
  newTab: true,
  children: [{ text }],
})

export const strong = (text: string): SlateText => ({ text, bold: true })
