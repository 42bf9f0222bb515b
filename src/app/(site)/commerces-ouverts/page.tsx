import type { Metadata } from 'next'

import { BusinessForm } from '@/site/crisis/BusinessForm'
import { BusinessMap } from '@/site/crisis/BusinessMap'

export const metadata: Metadata = {
  title: 'Commerces ouverts',
  description:
    'Les commerçants, artisans et producteurs ouverts près de chez vous, inscrits par eux-mêmes et validés par leur chambre de commerce.',
}

export default function OpenBusinessesPage() {
  return (
    <>
      <h1>Commerces ouverts</h1>
      <p>
        Commerçants, artisans et producteurs restés ouverts s’inscrivent eux-mêmes ; la chambre de commerce de leur
        département valide chaque fiche. Les fiches non confirmées depuis 30 jours ne sont plus affichées.
      </p>
      <BusinessMap />
      <BusinessForm />
    </>
  )
}
