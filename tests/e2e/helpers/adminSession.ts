import type { BrowserContext, Page } from 'playwright-core'

import { openBrowser } from './browser'

/**
 * Signs in through the admin's login form in a browser of its own (a French one), and keeps the
 * browser in `browsers` so the test file can close them all.
 */
export async function signIn(url: string, email: string, password: string, browsers: BrowserContext[]): Promise<Page> {
  const browser = await openBrowser('fr-FR')
  browsers.push(browser)
  const page = await browser.newPage()
  await page.goto(`${url}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((target) => target.pathname === '/admin')
  return page
}
