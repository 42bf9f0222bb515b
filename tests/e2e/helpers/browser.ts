import { mkdtempSync } from 'node:fs'
import path from 'node:path'
import { chromium, type BrowserContext, type Locator } from 'playwright-core'

import { testRun } from '../../helpers/testDatabase'

/** Debian's Chromium (`apt-get install chromium`); no tool may download a browser of its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

// Root (no sandbox), no GPU, small /dev/shm in containers, and nothing that reaches the network.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * Headless Chromium on a fresh profile in the run's folder, its default language set to `locale`
 * (both the UI language and the Accept-Language header it sends).
 */
export async function openBrowser(locale: string): Promise<BrowserContext> {
  const profile = mkdtempSync(path.join(testRun().dir, 'chromium-profile-'))
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...FLAGS, `--lang=${locale}`],
    locale,
    viewport: { width: 1280, height: 800 },
  })
}

/**
 * Clicks a button once React has attached its handlers. The admin's pages are drawn on the server
 * first: a click on a button shown before the page has hydrated does nothing, and the test would
 * wait for an effect that never comes. React marks each element it hydrates with its props; that
 * adds no attribute an observer would see, so the page checks once per frame.
 */
export async function clickWhenReady(button: Locator): Promise<void> {
  await button.waitFor()
  await button.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        const check = () =>
          Object.keys(element).some((key) => key.startsWith('__reactProps$')) ? resolve() : requestAnimationFrame(check)
        check()
      }),
  )
  await button.click()
}
