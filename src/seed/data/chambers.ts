import type { Region } from '../../lib/regions'

/** Demo directory of the CCI network: real geography, invented contact details. */

export type Department = {
  code: string
  name: string
  region: Region
  prefecture: string
  latitude: number
  longitude: number
  postalCode: string
}

export type ChamberKind = 'cci-france' | 'regional' | 'territorial'

export type ChamberSeed<K extends ChamberKind = ChamberKind> = {
  name: string
  kind: K
  region: Region
  departmentCode: string
  address: string
  postalCode: string
  city: string
  latitude: number
  longitude: number
  phone: string
  email: string
  website: string
  crisisHotline: string
  openingHours: string
}

type DepartmentRow = [code: string, name: string, region: Region, prefecture: string, latitude: number, longitude: number, postalCode: string]

// Coordinates are those of the prefecture's town centre: the map and the nearest-chamber search both rely on them.
const ROWS: DepartmentRow[] = [
  ['01', 'Ain', 'auvergne-rhone-alpes', 'Bourg-en-Bresse', 46.2052, 5.2255, '01000'],
  ['02', 'Aisne', 'hauts-de-france', 'Laon', 49.5641, 3.6199, '02000'],
  ['03', 'Allier', 'auvergne-rhone-alpes', 'Moulins', 46.5658, 3.3328, '03000'],
  ['04', 'Alpes-de-Haute-Provence', 'provence-alpes-cote-d-azur', 'Digne-les-Bains', 44.0925, 6.2356, '04000'],
  ['05', 'Hautes-Alpes', 'provence-alpes-cote-d-azur', 'Gap', 44.5594, 6.0786, '05000'],
  ['06', 'Alpes-Maritimes', 'provence-alpes-cote-d-azur', 'Nice', 43.7102, 7.262, '06000'],
  ['07', 'Ardèche', 'auvergne-rhone-alpes', 'Privas', 44.7353, 4.5992, '07000'],
  ['08', 'Ardennes', 'grand-est', 'Charleville-Mézières', 49.7621, 4.7261, '08000'],
  ['09', 'Ariège', 'occitanie', 'Foix', 42.9653, 1.6069, '09000'],
  ['10', 'Aube', 'grand-est', 'Troyes', 48.2973, 4.0744, '10000'],
  ['11', 'Aude', 'occitanie', 'Carcassonne', 43.213, 2.3491, '11000'],
  ['12', 'Aveyron', 'occitanie', 'Rodez', 44.3494, 2.576, '12000'],
  ['13', 'Bouches-du-Rhône', 'provence-alpes-cote-d-azur', 'Marseille', 43.2965, 5.3698, '13001'],
  ['14', 'Calvados', 'normandie', 'Caen', 49.1829, -0.3707, '14000'],
  ['15', 'Cantal', 'auvergne-rhone-alpes', 'Aurillac', 44.931, 2.445, '15000'],
  ['16', 'Charente', 'nouvelle-aquitaine', 'Angoulême', 45.6484, 0.1562, '16000'],
  ['17', 'Charente-Maritime', 'nouvelle-aquitaine', 'La Rochelle', 46.1603, -1.1511, '17000'],
  ['18', 'Cher', 'centre-val-de-loire', 'Bourges', 47.081, 2.3988, '18000'],
  ['19', 'Corrèze', 'nouvelle-aquitaine', 'Tulle', 45.2658, 1.7722, '19000'],
  ['2A', 'Corse-du-Sud', 'corse', 'Ajaccio', 41.9192, 8.7386, '20000'],
  ['2B', 'Haute-Corse', 'corse', 'Bastia', 42.6977, 9.4508, '20200'],
  ['21', 'Côte-d’Or', 'bourgogne-franche-comte', 'Dijon', 47.322, 5.0415, '21000'],
  ['22', 'Côtes-d’Armor', 'bretagne', 'Saint-Brieuc', 48.5141, -2.7603, '22000'],
  ['23', 'Creuse', 'nouvelle-aquitaine', 'Guéret', 46.1714, 1.8717, '23000'],
  ['24', 'Dordogne', 'nouvelle-aquitaine', 'Périgueux', 45.1842, 0.7218, '24000'],
  ['25', 'Doubs', 'bourgogne-franche-comte', 'Besançon', 47.2378, 6.0241, '25000'],
  ['26', 'Drôme', 'auvergne-rhone-alpes', 'Valence', 44.9334, 4.8924, '26000'],
  ['27', 'Eure', 'normandie', 'Évreux', 49.0241, 1.1508, '27000'],
  ['28', 'Eure-et-Loir', 'centre-val-de-loire', 'Chartres', 48.4439, 1.489, '28000'],
  ['29', 'Finistère', 'bretagne', 'Quimper', 47.9975, -4.0979, '29000'],
  ['30', 'Gard', 'occitanie', 'Nîmes', 43.8367, 4.3601, '30000'],
  ['31', 'Haute-Garonne', 'occitanie', 'Toulouse', 43.6047, 1.4442, '31000'],
  ['32', 'Gers', 'occitanie', 'Auch', 43.6465, 0.5855, '32000'],
  ['33', 'Gironde', 'nouvelle-aquitaine', 'Bordeaux', 44.8378, -0.5792, '33000'],
  ['34', 'Hérault', 'occitanie', 'Montpellier', 43.6108, 3.8767, '34000'],
  ['35', 'Ille-et-Vilaine', 'bretagne', 'Rennes', 48.1173, -1.6778, '35000'],
  ['36', 'Indre', 'centre-val-de-loire', 'Châteauroux', 46.8103, 1.6913, '36000'],
  ['37', 'Indre-et-Loire', 'centre-val-de-loire', 'Tours', 47.3941, 0.6848, '37000'],
  ['38', 'Isère', 'auvergne-rhone-alpes', 'Grenoble', 45.1885, 5.7245, '38000'],
  ['39', 'Jura', 'bourgogne-franche-comte', 'Lons-le-Saunier', 46.674, 5.5576, '39000'],
  ['40', 'Landes', 'nouvelle-aquitaine', 'Mont-de-Marsan', 43.8902, -0.4999, '40000'],
  ['41', 'Loir-et-Cher', 'centre-val-de-loire', 'Blois', 47.5861, 1.3359, '41000'],
  ['42', 'Loire', 'auvergne-rhone-alpes', 'Saint-Étienne', 45.4397, 4.3872, '42000'],
  ['43', 'Haute-Loire', 'auvergne-rhone-alpes', 'Le Puy-en-Velay', 45.0434, 3.8859, '43000'],
  ['44', 'Loire-Atlantique', 'pays-de-la-loire', 'Nantes', 47.2184, -1.5536, '44000'],
  ['45', 'Loiret', 'centre-val-de-loire', 'Orléans', 47.903, 1.9093, '45000'],
  ['46', 'Lot', 'occitanie', 'Cahors', 44.4475, 1.4419, '46000'],
  ['47', 'Lot-et-Garonne', 'nouvelle-aquitaine', 'Agen', 44.2033, 0.6163, '47000'],
  ['48', 'Lozère', 'occitanie', 'Mende', 44.5181, 3.5013, '48000'],
  ['49', 'Maine-et-Loire', 'pays-de-la-loire', 'Angers', 47.4784, -0.5632, '49000'],
  ['50', 'Manche', 'normandie', 'Saint-Lô', 49.1157, -1.0906, '50000'],
  ['51', 'Marne', 'grand-est', 'Châlons-en-Champagne', 48.9566, 4.3631, '51000'],
  ['52', 'Haute-Marne', 'grand-est', 'Chaumont', 48.1113, 5.1392, '52000'],
  ['53', 'Mayenne', 'pays-de-la-loire', 'Laval', 48.0706, -0.7734, '53000'],
  ['54', 'Meurthe-et-Moselle', 'grand-est', 'Nancy', 48.6921, 6.1844, '54000'],
  ['55', 'Meuse', 'grand-est', 'Bar-le-Duc', 48.7727, 5.1606, '55000'],
  ['56', 'Morbihan', 'bretagne', 'Vannes', 47.6582, -2.7608, '56000'],
  ['57', 'Moselle', 'grand-est', 'Metz', 49.1193, 6.1757, '57000'],
  ['58', 'Nièvre', 'bourgogne-franche-comte', 'Nevers', 46.9909, 3.1628, '58000'],
  ['59', 'Nord', 'hauts-de-france', 'Lille', 50.6292, 3.0573, '59000'],
  ['60', 'Oise', 'hauts-de-france', 'Beauvais', 49.4295, 2.0807, '60000'],
  ['61', 'Orne', 'normandie', 'Alençon', 48.4329, 0.0913, '61000'],
  ['62', 'Pas-de-Calais', 'hauts-de-france', 'Arras', 50.291, 2.7775, '62000'],
  ['63', 'Puy-de-Dôme', 'auvergne-rhone-alpes', 'Clermont-Ferrand', 45.7772, 3.087, '63000'],
  ['64', 'Pyrénées-Atlantiques', 'nouvelle-aquitaine', 'Pau', 43.2951, -0.3708, '64000'],
  ['65', 'Hautes-Pyrénées', 'occitanie', 'Tarbes', 43.2328, 0.0781, '65000'],
  ['66', 'Pyrénées-Orientales', 'occitanie', 'Perpignan', 42.6887, 2.8948, '66000'],
  ['67', 'Bas-Rhin', 'grand-est', 'Strasbourg', 48.5734, 7.7521, '67000'],
  ['68', 'Haut-Rhin', 'grand-est', 'Colmar', 48.0794, 7.3585, '68000'],
  ['69', 'Rhône', 'auvergne-rhone-alpes', 'Lyon', 45.764, 4.8357, '69001'],
  ['70', 'Haute-Saône', 'bourgogne-franche-comte', 'Vesoul', 47.6198, 6.1542, '70000'],
  ['71', 'Saône-et-Loire', 'bourgogne-franche-comte', 'Mâcon', 46.3069, 4.8287, '71000'],
  ['72', 'Sarthe', 'pays-de-la-loire', 'Le Mans', 48.0061, 0.1996, '72000'],
  ['73', 'Savoie', 'auvergne-rhone-alpes', 'Chambéry', 45.5646, 5.9178, '73000'],
  ['74', 'Haute-Savoie', 'auvergne-rhone-alpes', 'Annecy', 45.8992, 6.1294, '74000'],
  ['75', 'Paris', 'ile-de-france', 'Paris', 48.8566, 2.3522, '75001'],
  ['76', 'Seine-Maritime', 'normandie', 'Rouen', 49.4431, 1.0993, '76000'],
  ['77', 'Seine-et-Marne', 'ile-de-france', 'Melun', 48.5421, 2.6554, '77000'],
  ['78', 'Yvelines', 'ile-de-france', 'Versailles', 48.8049, 2.1204, '78000'],
  ['79', 'Deux-Sèvres', 'nouvelle-aquitaine', 'Niort', 46.3237, -0.4648, '79000'],
  ['80', 'Somme', 'hauts-de-france', 'Amiens', 49.8941, 2.2958, '80000'],
  ['81', 'Tarn', 'occitanie', 'Albi', 43.9289, 2.1464, '81000'],
  ['82', 'Tarn-et-Garonne', 'occitanie', 'Montauban', 44.0176, 1.355, '82000'],
  ['83', 'Var', 'provence-alpes-cote-d-azur', 'Toulon', 43.1242, 5.928, '83000'],
  ['84', 'Vaucluse', 'provence-alpes-cote-d-azur', 'Avignon', 43.9493, 4.8055, '84000'],
  ['85', 'Vendée', 'pays-de-la-loire', 'La Roche-sur-Yon', 46.6705, -1.426, '85000'],
  ['86', 'Vienne', 'nouvelle-aquitaine', 'Poitiers', 46.5802, 0.3404, '86000'],
  ['87', 'Haute-Vienne', 'nouvelle-aquitaine', 'Limoges', 45.8336, 1.2611, '87000'],
  ['88', 'Vosges', 'grand-est', 'Épinal', 48.1724, 6.4496, '88000'],
  ['89', 'Yonne', 'bourgogne-franche-comte', 'Auxerre', 47.7982, 3.5673, '89000'],
  ['90', 'Territoire de Belfort', 'bourgogne-franche-comte', 'Belfort', 47.6397, 6.8638, '90000'],
  ['91', 'Essonne', 'ile-de-france', 'Évry-Courcouronnes', 48.6298, 2.4418, '91000'],
  ['92', 'Hauts-de-Seine', 'ile-de-france', 'Nanterre', 48.8924, 2.2069, '92000'],
  ['93', 'Seine-Saint-Denis', 'ile-de-france', 'Bobigny', 48.9086, 2.4397, '93000'],
  ['94', 'Val-de-Marne', 'ile-de-france', 'Créteil', 48.7904, 2.4556, '94000'],
  ['95', 'Val-d’Oise', 'ile-de-france', 'Cergy', 49.0364, 2.0761, '95000'],
  ['971', 'Guadeloupe', 'guadeloupe', 'Basse-Terre', 15.9985, -61.7261, '97100'],
  ['972', 'Martinique', 'martinique', 'Fort-de-France', 14.6161, -61.0588, '97200'],
  ['973', 'Guyane', 'guyane', 'Cayenne', 4.9224, -52.3135, '97300'],
  ['974', 'La Réunion', 'la-reunion', 'Saint-Denis', -20.8823, 55.4504, '97400'],
  ['976', 'Mayotte', 'mayotte', 'Mamoudzou', -12.7806, 45.2278, '97600'],
]

export const DEPARTMENTS: Department[] = ROWS.map(([code, name, region, prefecture, latitude, longitude, postalCode]) => ({
  code,
  name,
  region,
  prefecture,
  latitude,
  longitude,
  postalCode,
}))

// Each regional chamber sits in the region's capital, which is always the prefecture of the department given here.
const REGION_SEATS: Record<Region, { name: string; departmentCode: string }> = {
  'auvergne-rhone-alpes': { name: 'Auvergne-Rhône-Alpes', departmentCode: '69' },
  'bourgogne-franche-comte': { name: 'Bourgogne-Franche-Comté', departmentCode: '21' },
  bretagne: { name: 'Bretagne', departmentCode: '35' },
  'centre-val-de-loire': { name: 'Centre-Val de Loire', departmentCode: '45' },
  corse: { name: 'Corse', departmentCode: '2A' },
  'grand-est': { name: 'Grand Est', departmentCode: '67' },
  'hauts-de-france': { name: 'Hauts-de-France', departmentCode: '59' },
  'ile-de-france': { name: 'Île-de-France', departmentCode: '75' },
  normandie: { name: 'Normandie', departmentCode: '76' },
  'nouvelle-aquitaine': { name: 'Nouvelle-Aquitaine', departmentCode: '33' },
  occitanie: { name: 'Occitanie', departmentCode: '31' },
  'pays-de-la-loire': { name: 'Pays de la Loire', departmentCode: '44' },
  'provence-alpes-cote-d-azur': { name: 'Provence-Alpes-Côte d’Azur', departmentCode: '13' },
  guadeloupe: { name: 'Guadeloupe', departmentCode: '971' },
  martinique: { name: 'Martinique', departmentCode: '972' },
  guyane: { name: 'Guyane', departmentCode: '973' },
  'la-reunion': { name: 'La Réunion', departmentCode: '974' },
  mayotte: { name: 'Mayotte', departmentCode: '976' },
}

const OPENING_HOURS = 'Lundi–vendredi 8h30–12h30, 13h30–17h30'

// Street names found in nearly every French town, so a generated address reads true without claiming a real office.
const STREETS = ['place de la République', 'avenue du Général-de-Gaulle', 'boulevard Gambetta', 'rue Victor-Hugo', 'avenue Jean-Jaurès', 'place de la Bourse']

const slugify = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

// Metropolitan numbers come from the blocks ARCEP reserves for fiction (never assigned, never ring anyone);
// overseas numbering has no such block, so those are merely well-formed.
const OVERSEAS_PREFIXES: Record<string, string> = {
  '971': '+590 590 99',
  '972': '+596 596 99',
  '973': '+594 594 99',
  '974': '+262 262 99',
  '976': '+262 269 99',
}
const FICTION_BLOCKS = { 1: '+33 1 99 00', 2: '+33 2 61 91', 3: '+33 3 53 01', 4: '+33 4 65 71', 5: '+33 5 36 49' } as const
// Occitanie straddles two numbering zones: the former Languedoc-Roussillon dials 04, the former Midi-Pyrénées 05.
const LANGUEDOC_ROUSSILLON = new Set(['11', '30', '34', '48', '66'])
const ZONE_BY_REGION: Partial<Record<Region, keyof typeof FICTION_BLOCKS>> = {
  'ile-de-france': 1,
  bretagne: 2,
  normandie: 2,
  'pays-de-la-loire': 2,
  'centre-val-de-loire': 2,
  'hauts-de-france': 3,
  'grand-est': 3,
  'bourgogne-franche-comte': 3,
  'auvergne-rhone-alpes': 4,
  'provence-alpes-cote-d-azur': 4,
  corse: 4,
  'nouvelle-aquitaine': 5,
}

function phonePrefix(department: Department): string {
  const overseas = OVERSEAS_PREFIXES[department.code]
  if (overseas) return overseas
  const zone = ZONE_BY_REGION[department.region] ?? (LANGUEDOC_ROUSSILLON.has(department.code) ? 4 : 5)
  return FICTION_BLOCKS[zone]
}

/** `line` (0–9999) picks the last four digits, so every chamber keeps distinct numbers within its block. */
function phone(department: Department, line: number): string {
  const digits = String(line).padStart(4, '0')
  return `${phonePrefix(department)} ${digits.slice(0, 2)} ${digits.slice(2)}`
}

function departmentByCode(code: string): Department {
  const department = DEPARTMENTS.find((d) => d.code === code)
  if (!department) throw new Error(`Unknown department code ${code}`)
  return department
}

type ChamberPlace = { department: Department; slug: string; street: string; line: number }

function chamberAt<K extends ChamberKind>(kind: K, name: string, { department, slug, street, line }: ChamberPlace): ChamberSeed<K> {
  return {
    name,
    kind,
    region: department.region,
    departmentCode: department.code,
    address: street,
    postalCode: department.postalCode,
    city: department.prefecture,
    latitude: department.latitude,
    longitude: department.longitude,
    phone: phone(department, line * 10),
    email: `contact@cci-${slug}.test`,
    website: `https://www.cci-${slug}.test`,
    crisisHotline: phone(department, line * 10 + 9),
    openingHours: OPENING_HOURS,
  }
}

export const TERRITORIAL_CHAMBERS: ChamberSeed<'territorial'>[] = DEPARTMENTS.map((department, index) =>
  chamberAt('territorial', `CCI ${department.name}`, {
    department,
    slug: slugify(department.name),
    street: `${(index % 40) + 1} ${STREETS[index % STREETS.length]}`,
    line: index + 1,
  }),
)

// "Région" keeps the overseas regional chambers apart from their one-department namesakes (CCI Guadeloupe).
export const REGIONAL_CHAMBERS: ChamberSeed<'regional'>[] = (Object.keys(REGION_SEATS) as Region[]).map((region, index) => {
  const seat = REGION_SEATS[region]
  return chamberAt('regional', `CCI Région ${seat.name}`, {
    department: departmentByCode(seat.departmentCode),
    slug: `region-${slugify(seat.name)}`,
    // Numbers above the territorial ones keep a regional chamber from sharing its city's territorial address.
    street: `${index + 41} ${STREETS[(index + 3) % STREETS.length]}`,
    line: 500 + index,
  })
})

// Paris's reference point is the Hôtel de Ville, in the 4th arrondissement, hence the postal code of the address.
export const NATIONAL_CHAMBER: ChamberSeed<'cci-france'> = {
  ...chamberAt('cci-france', 'CCI France', {
    department: departmentByCode('75'),
    slug: 'france',
    street: '12 rue de Rivoli',
    line: 900,
  }),
  postalCode: '75004',
}

export const ALL_CHAMBERS: ChamberSeed[] = [NATIONAL_CHAMBER, ...REGIONAL_CHAMBERS, ...TERRITORIAL_CHAMBERS]
