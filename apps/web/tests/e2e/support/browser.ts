import { afterAll, beforeAll } from '@jest/globals'
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page, type Response } from 'playwright-core'

import { e2eState } from './state'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface SiteSession {
  /** A fresh tab in this spec file's browser context. */
  newPage(): Promise<Page>
  /** Opens `pathname` on the site and returns the main document's response. */
  open(pathname: string, page?: Page): Promise<{ page: Page; response: Response }>
  context(): BrowserContext
  /** Runs `use` in a separate, short-lived context (e.g. another browser language, no JavaScript). */
  withContext<T>(options: BrowserContextOptions, use: (context: BrowserContext) => Promise<T>): Promise<T>
}

/**
 * One Chromium and one browser context per spec file (registered as beforeAll/afterAll),
 * pages per test. `locale` sets the browser's Accept-Language.
 */
export function useSite(options: { locale?: string } = {}): SiteSession {
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  const pages: Page[] = []

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
    context = await browser.newContext({ baseURL: e2eState().webUrl, locale: options.locale ?? 'nb-NO' })
    context.setDefaultTimeout(30_000)
    context.setDefaultNavigationTimeout(60_000)
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  const currentContext = (): BrowserContext => {
    if (!context) throw new Error('The browser context is not open yet (use it inside a test).')
    return context
  }

  const newPage = async (): Promise<Page> => {
    // Close the previous test's tabs so a file never holds more than a couple open.
    while (pages.length > 1) await pages.shift()?.close()
    const page = await currentContext().newPage()
    pages.push(page)
    return page
  }

  const open = async (pathname: string, page?: Page): Promise<{ page: Page; response: Response }> => {
    const target = page ?? (await newPage())
    const response = await target.goto(pathname, { waitUntil: 'load' })
    if (!response) throw new Error(`No response for ${pathname}`)
    return { page: target, response }
  }

  const withContext = async <T>(contextOptions: BrowserContextOptions, use: (context: BrowserContext) => Promise<T>): Promise<T> => {
    if (!browser) throw new Error('The browser is not open yet (use it inside a test).')
    const extra = await browser.newContext({ baseURL: e2eState().webUrl, locale: 'nb-NO', ...contextOptions })
    try {
      return await use(extra)
    } finally {
      await extra.close()
    }
  }

  return { newPage, open, context: currentContext, withContext }
}
