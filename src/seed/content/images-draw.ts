import sharp from 'sharp'

/** Illustrations drawn as SVG and rendered by sharp: no download, and the same picture on every run. */
export type Motif =
  | 'coins'
  | 'shopfront'
  | 'map'
  | 'chart'
  | 'calendar'
  | 'hotline'
  | 'screen'
  | 'leaf'
  | 'factory'
  | 'network'
  | 'globe'
  | 'team'
  | 'waves'
  | 'pages'
  | 'rings'

export type Drawing = { motif: Motif; from: string; to: string; ink: string; width?: number; height?: number }

/** Park–Miller: a few lines for scattered pins and nodes that stay put between runs. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1
  return () => (state = (state * 16807) % 2147483647) / 2147483647
}

const seedOf = (text: string) => [...text].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 2147483647, 7)

type Draw = (ink: string, rnd: () => number) => string

const MOTIFS: Record<Motif, Draw> = {
  coins: (ink) =>
    [3, 5, 7, 9]
      .map((n, col) =>
        Array.from(
          { length: n },
          (_, i) =>
            `<ellipse cx="${560 + col * 170}" cy="${720 - i * 34}" rx="70" ry="22" fill="${ink}" fill-opacity="${0.55 + i * 0.05}" stroke="#fff" stroke-width="4"/>`,
        ).join(''),
      )
      .join('') +
    `<path d="M300 300 l110 -50 l110 50 v90 c0 80 -50 130 -110 160 c-60 -30 -110 -80 -110 -160z" fill="#fff" fill-opacity="0.85"/>`,
  shopfront: (ink) =>
    `<rect x="420" y="260" width="760" height="520" fill="#fff" fill-opacity="0.9"/>` +
    Array.from(
      { length: 10 },
      (_, i) => `<path d="M${420 + i * 76} 260 h76 v90 a38 38 0 0 1 -76 0z" fill="${i % 2 ? '#fff' : ink}"/>`,
    ).join('') +
    `<rect x="470" y="420" width="300" height="220" fill="${ink}" fill-opacity="0.35"/><rect x="860" y="420" width="150" height="360" fill="${ink}"/>`,
  map: (ink, rnd) =>
    Array.from(
      { length: 9 },
      (_, i) =>
        `<path d="M0 ${100 * i + 40} C 500 ${100 * i + 140 * rnd()}, 1100 ${100 * i - 60 * rnd()}, 1600 ${100 * i + 60}" stroke="#fff" stroke-opacity="0.35" stroke-width="6" fill="none"/>`,
    ).join('') +
    Array.from({ length: 14 }, () => {
      const x = 150 + rnd() * 1300
      const y = 180 + rnd() * 600
      return `<path d="M${x} ${y} c-40 -50 -40 -110 0 -110 c40 0 40 60 0 110z" fill="${ink}" stroke="#fff" stroke-width="5"/><circle cx="${x}" cy="${y - 75}" r="14" fill="#fff"/>`
    }).join(''),
  chart: (ink) =>
    [180, 260, 230, 380, 460, 560]
      .map(
        (h, i) =>
          `<rect x="${300 + i * 170}" y="${780 - h}" width="110" height="${h}" rx="10" fill="#fff" fill-opacity="${0.5 + i * 0.08}"/>`,
      )
      .join('') +
    `<polyline points="300,560 520,470 700,520 900,330 1100,260 1320,140" stroke="${ink}" stroke-width="16" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`,
  calendar: (ink) =>
    `<rect x="450" y="180" width="700" height="600" rx="30" fill="#fff" fill-opacity="0.92"/><rect x="450" y="180" width="700" height="120" rx="30" fill="${ink}"/>` +
    Array.from(
      { length: 20 },
      (_, i) =>
        `<rect x="${490 + (i % 5) * 130}" y="${330 + Math.floor(i / 5) * 110}" width="100" height="80" rx="10" fill="${ink}" fill-opacity="${[6, 7, 13].includes(i) ? 0.9 : 0.15}"/>`,
    ).join(''),
  hotline: (ink) =>
    `<circle cx="800" cy="470" r="150" fill="#fff"/>` +
    [240, 330, 420]
      .map(
        (r, i) =>
          `<circle cx="800" cy="470" r="${r}" stroke="#fff" stroke-opacity="${0.7 - i * 0.2}" stroke-width="18" fill="none"/>`,
      )
      .join('') +
    `<path d="M735 395 q-20 80 50 150 q70 70 150 50 l10 -45 l-60 -30 l-30 30 q-50 -20 -70 -70 l30 -30 l-30 -60z" fill="${ink}"/>`,
  screen: (ink) =>
    `<rect x="360" y="170" width="880" height="540" rx="24" fill="#fff" fill-opacity="0.92"/><path d="M300 740 h1000 l-60 50 h-880z" fill="#fff" fill-opacity="0.8"/>` +
    Array.from(
      { length: 6 },
      (_, i) =>
        `<circle cx="${520 + (i % 3) * 280}" cy="${330 + Math.floor(i / 3) * 220}" r="70" fill="${ink}" fill-opacity="${0.35 + (i % 3) * 0.2}"/>`,
    ).join(''),
  leaf: (ink) =>
    `<circle cx="1250" cy="230" r="120" fill="#fff" fill-opacity="0.8"/>` +
    [-50, -15, 20, 55]
      .map(
        (angle, i) =>
          `<path d="M0 0 Q 150 -200 0 -${440 - i * 40} Q -150 -200 0 0z" transform="translate(780 800) rotate(${angle})" fill="${i % 2 ? '#fff' : ink}" fill-opacity="0.85"/>`,
      )
      .join('') +
    `<path d="M780 800 v-60" stroke="#fff" stroke-width="14"/>`,
  factory: (ink) =>
    `<path d="M250 800 V450 l200 -120 v120 l200 -120 v120 l200 -120 v120 l200 -120 V800z" fill="#fff" fill-opacity="0.9"/>` +
    `<rect x="1100" y="220" width="80" height="580" fill="#fff" fill-opacity="0.9"/><rect x="1230" y="300" width="70" height="500" fill="#fff" fill-opacity="0.75"/>` +
    Array.from(
      { length: 4 },
      (_, i) => `<rect x="${300 + i * 200}" y="560" width="100" height="110" fill="${ink}"/>`,
    ).join(''),
  network: (ink, rnd) => {
    const nodes = Array.from({ length: 16 }, () => [200 + rnd() * 1200, 150 + rnd() * 600] as const)
    const lines = nodes.flatMap(([x, y], i) =>
      [nodes[(i + 3) % 16], nodes[(i + 7) % 16]].map(
        ([a, b]) =>
          `<line x1="${x}" y1="${y}" x2="${a}" y2="${b}" stroke="#fff" stroke-opacity="0.45" stroke-width="5"/>`,
      ),
    )
    return (
      lines.join('') +
      nodes
        .map(([x, y], i) => `<circle cx="${x}" cy="${y}" r="${18 + (i % 4) * 9}" fill="${i % 3 ? '#fff' : ink}"/>`)
        .join('')
    )
  },
  globe: (ink) =>
    `<circle cx="800" cy="460" r="300" fill="#fff" fill-opacity="0.9"/>` +
    [100, 200, 300]
      .map((rx) => `<ellipse cx="800" cy="460" rx="${rx}" ry="300" stroke="${ink}" stroke-width="6" fill="none"/>`)
      .join('') +
    [-150, 0, 150]
      .map(
        (dy) =>
          `<line x1="${800 - Math.sqrt(300 ** 2 - dy ** 2)}" y1="${460 + dy}" x2="${800 + Math.sqrt(300 ** 2 - dy ** 2)}" y2="${460 + dy}" stroke="${ink}" stroke-width="6"/>`,
      )
      .join('') +
    `<path d="M250 780 Q 800 900 1380 180" stroke="#fff" stroke-width="8" stroke-dasharray="24 18" fill="none"/>`,
  team: (ink) =>
    Array.from({ length: 5 }, (_, i) => {
      const x = 360 + i * 220
      const faded = i === 1 || i === 3 ? 0.4 : 0.95
      return `<g fill-opacity="${faded}"><circle cx="${x}" cy="380" r="70" fill="#fff"/><rect x="${x - 95}" y="470" width="190" height="260" rx="90" fill="${i % 2 ? '#fff' : ink}"/></g>`
    }).join(''),
  waves: (ink) => {
    const arc = (r: number, side: 1 | -1) => {
      const [dx, dy] = [side * r * Math.cos(Math.PI / 4), r * Math.sin(Math.PI / 4)]
      return `<path d="M${400 + dx} ${200 - dy} A${r} ${r} 0 0 ${side === 1 ? 1 : 0} ${400 + dx} ${200 + dy}" stroke="#fff" stroke-width="16" fill="none" stroke-linecap="round"/>`
    }
    return (
      [70, 120, 170].flatMap((r) => [arc(r, 1), arc(r, -1)]).join('') +
      `<circle cx="400" cy="200" r="34" fill="${ink}"/>`
    )
  },
  pages: (ink) =>
    [0, 1, 2]
      .map(
        (i) =>
          `<rect x="${280 + i * 40}" y="${70 + i * 30}" width="220" height="260" rx="12" fill="${i === 2 ? '#fff' : ink}" fill-opacity="${0.5 + i * 0.25}"/>`,
      )
      .join(''),
  rings: (ink) =>
    [300, 400, 500]
      .map(
        (x, i) =>
          `<circle cx="${x}" cy="200" r="90" stroke="${i === 1 ? ink : '#fff'}" stroke-width="22" fill="none"/>`,
      )
      .join(''),
}

export function drawingSvg({ motif, from, to, ink, width = 1600, height = 900 }: Drawing, name: string): string {
  const rnd = random(seedOf(name))
  // Soft discs behind the motif, placed from the image's name so that two images of one motif differ.
  const discs = Array.from(
    { length: 5 },
    () =>
      `<circle cx="${rnd() * width}" cy="${rnd() * height}" r="${80 + rnd() * 260}" fill="#fff" fill-opacity="${0.05 + rnd() * 0.08}"/>`,
  ).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#bg)"/>${discs}${MOTIFS[motif](ink, rnd)}</svg>`
}

export async function renderJpeg(drawing: Drawing, name: string): Promise<Buffer> {
  return sharp(Buffer.from(drawingSvg(drawing, name)))
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer()
}
