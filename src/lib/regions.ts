/** French regions (2016 map) with their INSEE codes, the territory vocabulary shared by content and contacts. */
export const REGIONS = [
  { value: 'auvergne-rhone-alpes', insee: '84', name: 'Auvergne-Rhône-Alpes' },
  { value: 'bourgogne-franche-comte', insee: '27', name: 'Bourgogne-Franche-Comté' },
  { value: 'bretagne', insee: '53', name: 'Bretagne' },
  { value: 'centre-val-de-loire', insee: '24', name: 'Centre-Val de Loire' },
  { value: 'corse', insee: '94', name: 'Corse' },
  { value: 'grand-est', insee: '44', name: 'Grand Est' },
  { value: 'hauts-de-france', insee: '32', name: 'Hauts-de-France' },
  { value: 'ile-de-france', insee: '11', name: 'Île-de-France' },
  { value: 'normandie', insee: '28', name: 'Normandie' },
  { value: 'nouvelle-aquitaine', insee: '75', name: 'Nouvelle-Aquitaine' },
  { value: 'occitanie', insee: '76', name: 'Occitanie' },
  { value: 'pays-de-la-loire', insee: '52', name: 'Pays de la Loire' },
  { value: 'provence-alpes-cote-d-azur', insee: '93', name: "Provence-Alpes-Côte d'Azur" },
  { value: 'guadeloupe', insee: '01', name: 'Guadeloupe' },
  { value: 'martinique', insee: '02', name: 'Martinique' },
  { value: 'guyane', insee: '03', name: 'Guyane' },
  { value: 'la-reunion', insee: '04', name: 'La Réunion' },
  { value: 'mayotte', insee: '06', name: 'Mayotte' },
] as const

export type Region = (typeof REGIONS)[number]['value']

export const regionOptions = REGIONS.map(({ value, name }) => ({ value, label: name }))

/** 01–95 without 20 (Corsica is 2A and 2B), and the five overseas departments. */
export const isDepartmentCode = (value: string): boolean =>
  /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-46])$/.test(value)
