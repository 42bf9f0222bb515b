import { Fragment, type ReactNode } from 'react'

type Leaf = {
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strikethrough?: boolean
  code?: boolean
}
type Element = {
  type?: string
  url?: string
  newTab?: boolean
  value?: unknown
  relationTo?: string
  children?: Node[]
}
type Node = Leaf | Element

const isLeaf = (node: Node): node is Leaf => typeof (node as Leaf).text === 'string'

// The page title is the only h1: headings written in the body start one level below it.
const HEADINGS: Record<string, 'h2' | 'h3' | 'h4' | 'h5' | 'h6'> = {
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h5',
  h6: 'h6',
}

/** Only web links: a `javascript:` URL typed in the editor must not become a link on the site. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  if (url.startsWith('/') && !url.startsWith('//')) return url
  try {
    const parsed = new URL(url)
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? parsed.href : null
  } catch {
    return null
  }
}

function leaf(node: Leaf, key: number): ReactNode {
  let content: ReactNode = node.text
  if (node.code) content = <code>{content}</code>
  if (node.bold) content = <strong>{content}</strong>
  if (node.italic) content = <em>{content}</em>
  if (node.underline) content = <u>{content}</u>
  if (node.strikethrough) content = <s>{content}</s>
  return <Fragment key={key}>{content}</Fragment>
}

function uploadFigure(element: Element, key: number): ReactNode {
  const media = element.value as
    { url?: string; alt?: string; caption?: string; width?: number; height?: number } | undefined
  if (!media || typeof media !== 'object' || !media.url) return null
  return (
    <figure key={key}>
      {/* eslint-disable-next-line @next/next/no-img-element -- uploads come with their own stored sizes; next/image would resize them again */}
      <img src={media.url} alt={media.alt ?? ''} width={media.width} height={media.height} loading="lazy" />
      {media.caption ? <figcaption>{media.caption}</figcaption> : null}
    </figure>
  )
}

function element(node: Element, key: number): ReactNode {
  const children = nodes(node.children ?? [])
  switch (node.type) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const Tag = HEADINGS[node.type]
      return <Tag key={key}>{children}</Tag>
    }
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>
    case 'ul':
      return <ul key={key}>{children}</ul>
    case 'ol':
      return <ol key={key}>{children}</ol>
    case 'li':
      return <li key={key}>{children}</li>
    case 'indent':
      return (
        <div key={key} className="indent">
          {children}
        </div>
      )
    case 'link': {
      const href = safeHref(node.url)
      if (!href) return <span key={key}>{children}</span>
      return node.newTab ? (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <a key={key} href={href}>
          {children}
        </a>
      )
    }
    case 'upload':
      return uploadFigure(node, key)
    case 'relationship':
      return null
    default:
      return <p key={key}>{children}</p>
  }
}

function nodes(list: Node[]): ReactNode[] {
  return list.map((node, index) => (isLeaf(node) ? leaf(node, index) : element(node, index)))
}

/** A Slate document (as @payloadcms/richtext-slate stores it) as semantic HTML. */
export function RichText({ content, className }: { content: unknown; className?: string }) {
  if (!Array.isArray(content) || content.length === 0) return null
  return <div className={className ?? 'rich-text'}>{nodes(content as Node[])}</div>
}
