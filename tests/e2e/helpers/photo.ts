import path from 'node:path'
import sharp from 'sharp'

import { newId, testRun } from '../../helpers/testDatabase'

/**
 * A real JPEG, as a camera would hand one over, written in the run's folder for a browser to upload:
 * the upload checks the file's content, so a renamed PNG or a few random bytes would not do.
 */
export async function writePhoto(name: string, caption: string): Promise<string> {
  const file = path.join(testRun().dir, `${name}-${newId()}.jpg`)
  const width = 1600
  const height = 900
  const drawing = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1d4e89"/><stop offset="1" stop-color="#f4a259"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    <rect x="0" y="${height * 0.7}" width="${width}" height="${height * 0.3}" fill="#2b2d42"/>
    <text x="80" y="${height * 0.85}" font-family="sans-serif" font-size="72" fill="#ffffff">${caption}</text>
  </svg>`
  await sharp(Buffer.from(drawing)).jpeg({ quality: 85 }).toFile(file)
  return file
}
