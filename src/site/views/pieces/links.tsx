import type { ReactNode } from 'react'

import { safeHref } from '../../richText'

export const populated = <T extends object>(list: unknown): T[] =>
  Array.isArray(list) ? list.filter((x): x is T => typeof x === 'object' && x !== null) : []

/** A link on a line of its own, shown only when its address is one the site links to. */
export function LinkLine({
  url,
  className,
  children,
}: {
  url: string | null | undefined
  className?: string
  children: ReactNode
}) {
  const href = safeHref(url)
  return href ? (
    <p>
      <a className={className} href={href}>
        {children}
      </a>
    </p>
  ) : null
}

/** A link when its address is one the site links to, its text alone otherwise. */
export function LinkOrText({ url, children }: { url: string | null | undefined; children: ReactNode }) {
  const href = safeHref(url)
  return href ? <a href={href}>{children}</a> : <>{children}</>
}

export function Links({
  title,
  links,
}: {
  title: string
  links: { label?: string | null; url: string; id?: string | null }[] | null | undefined
}) {
  const safe = (links ?? []).flatMap((link) => {
    const href = safeHref(link.url)
    return href ? [{ ...link, href }] : []
  })
  if (!safe.length) return null
  return (
    <section className="links">
      <h2>{title}</h2>
      <ul>
        {safe.map((link, index) => (
          <li key={link.id ?? index}>
            <a href={link.href} rel="noopener">
              {link.label || link.url}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
