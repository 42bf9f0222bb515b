import type { ReactNode } from 'react'

import { AUDIENCES } from '../../fields/taxonomy'
import { AUDIENCE_LABELS, SITE_NAME } from '../format'
import { CONTACTS_PATH, SEARCH_PATH, TOPICS_SECTION } from '../route'
import { audiencePath, SECTION_LINKS } from './IndexViews'

/** The frame of every page: the page's own h1 is its only one. */
export function Chrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <p className="site-name">
          <a href="/">{SITE_NAME}</a>
        </p>
        <nav aria-label="Rubriques">
          <ul>
            {SECTION_LINKS.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
            <li>
              <a href={CONTACTS_PATH}>Contacts</a>
            </li>
          </ul>
        </nav>
        <form action={SEARCH_PATH} method="get" role="search" className="site-search">
          <label htmlFor="site-q">Rechercher</label>{' '}
          <input id="site-q" name="q" type="search" maxLength={200} placeholder="Un article, une fiche, une chambre…" />{' '}
          <button type="submit">OK</button>
        </form>
      </header>
      <main id="contenu">{children}</main>
      <footer className="site-footer">
        <nav aria-label="Pour aller plus loin">
          <ul>
            <li>
              <a href={`/${TOPICS_SECTION}`}>Toutes les thématiques</a>
            </li>
            {AUDIENCES.map((audience) => (
              <li key={audience}>
                <a href={audiencePath(audience)}>{AUDIENCE_LABELS[audience]}</a>
              </li>
            ))}
            <li>
              <a href="/feeds/articles.xml">Flux RSS</a>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  )
}
