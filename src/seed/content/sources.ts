/** Public institutions' sites, at addresses stable enough to outlive the crisis pages they once held. */
export const SOURCES = {
  economie: { label: 'Ministère de l’Économie et des Finances', url: 'https://www.economie.gouv.fr/' },
  relance: { label: 'France Relance (economie.gouv.fr)', url: 'https://www.economie.gouv.fr/plan-de-relance' },
  bpifrance: { label: 'Bpifrance', url: 'https://www.bpifrance.fr/' },
  urssaf: { label: 'Urssaf', url: 'https://www.urssaf.fr/' },
  servicePublic: { label: 'Entreprendre.Service-Public.fr', url: 'https://entreprendre.service-public.fr/' },
  impots: { label: 'impots.gouv.fr, espace professionnel', url: 'https://www.impots.gouv.fr/professionnel' },
  activitePartielle: { label: 'Portail de l’activité partielle', url: 'https://activitepartielle.emploi.gouv.fr/' },
  legifrance: { label: 'Légifrance', url: 'https://www.legifrance.gouv.fr/' },
  franceNum: { label: 'France Num', url: 'https://www.francenum.gouv.fr/' },
  teamFranceExport: { label: 'Team France Export', url: 'https://www.teamfrance-export.fr/' },
  ademe: { label: 'ADEME', url: 'https://www.ademe.fr/' },
  cciFrance: { label: 'CCI France (démo)', url: 'https://www.cci-france.test/' },
} as const
