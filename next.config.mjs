import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { fileURLToPath } from 'node:url'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run dev` serves on every interface but Next's dev server calls itself localhost: without
  // this, opening http://127.0.0.1:3000/admin blocks the dev resources and the admin never hydrates.
  allowedDevOrigins: ['127.0.0.1'],
  // Two root layouts (the admin's and the site's): the site's 404 page is drawn by
  // app/global-not-found.tsx, since no single layout wraps every address.
  experimental: { globalNotFound: true },
  // Pages and site queries in this process's memory, not in .next/ (see the handler for why).
  cacheHandler: fileURLToPath(new URL('./src/site/pageCache.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
}

/**
 * `next build` imports payload.config to collect page data, and a production config refuses to
 * load without PAYLOAD_SECRET. Nothing is signed or rendered at build time (the admin pages are
 * dynamic), so the build gets a placeholder and a build machine needs no secret. Only the build
 * phase: `npm start` loads this file in the server phase, where the real secret stays required.
 */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) process.env.PAYLOAD_SECRET ||= 'next-build-placeholder-never-used-at-runtime'
  return withPayload(nextConfig, { devBundleServerPackages: false })
}
