import type { Metadata } from 'next'

import { Chrome } from '@/site/views/Chrome'
import NotFound from './(site)/[[...path]]/not-found'
import './(site)/site.css'

export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } }

/** Any address that matches no page, and every page the site answers 404 for. */
export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body>
        <Chrome>
          <NotFound />
        </Chrome>
      </body>
    </html>
  )
}
