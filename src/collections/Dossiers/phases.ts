/** In the order of the crisis: also the order of the site's home page. */
export const PHASE_OPTIONS = [
  { value: 'crisis-aid', label: { fr: 'Aides de crise', en: 'Crisis aid' } },
  { value: 'personalised-support', label: { fr: 'Accompagnement personnalisé', en: 'Personalised support' } },
  { value: 'recovery', label: { fr: 'Relance', en: 'Recovery' } },
  { value: 'sustainable-economy', label: { fr: 'Économie durable', en: 'Sustainable economy' } },
]
