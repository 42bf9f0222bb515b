import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { siteMetadataBase } from '@/site/metadata'
import { Chrome } from '@/site/views/Chrome'
import './site.css'

export const generateMetadata = async (): Promise<Metadata> => siteMetadataBase()

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <Chrome>{children}</Chrome>
      </body>
    </html>
  )
}
