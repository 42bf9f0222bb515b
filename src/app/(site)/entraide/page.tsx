import type { Metadata } from 'next'

import { AidExchange } from '@/site/crisis/AidExchange'

export const metadata: Metadata = {
  title: 'Entraide entre entreprises',
  description: 'Offres et demandes entre entreprises : matériel, EPI, main-d’œuvre, logistique, locaux, conseil.',
}

export default function AidExchangePage() {
  return (
    <>
      <h1>Entraide entre entreprises</h1>
      <p>
        Matériel, équipements de protection, main-d’œuvre, logistique, locaux, conseil : proposez ou demandez. Chaque
        annonce est validée par la chambre de commerce de son département ; les adresses e-mail ne sont jamais publiées.
      </p>
      <AidExchange />
    </>
  )
}
