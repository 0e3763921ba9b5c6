import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { type Browser, chromium, type Page, type Route } from 'playwright-core'
import ts from 'typescript'

import type * as ContentClientModule from '../../src'

/**
 * Runs the content client in a real browser (Chromium): a page on `origin` loads the package's
 * own sources as ES modules — each file transpiled on its own, no bundler, no polyfills — so a
 * Node-only import or global would fail to load or run. Requests from the page to the CMS are
 * real cross-origin requests, with the CMS's CORS rules applied by the browser.
 *
 * Used by the CMS's HTTP suite (apps/cms/tests/http/content-client.http.spec.ts).
 */

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src')
const MODULE_PREFIX = '/content-client/'
/**
 * The one package the client imports at run time, the shared map of the site (its main entry,
 * itself free of Node built-ins), served the same way and named by an import map.
 */
const contractRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../site-contract/src')
const CONTRACT_PREFIX = '/site-contract/'
const IMPORT_MAP = JSON.stringify({ imports: { '@crn/site-contract': `${CONTRACT_PREFIX}index.js` } })
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The page is answered by interception, so Chromium cannot tell it lives on loopback and treats
  // it as public; Local Network Access would then block every request to the CMS on 127.0.0.1
  // before CORS is even asked. Deployed, site and CMS are both public and the check does not apply.
  '--disable-features=LocalNetworkAccessChecks',
]

/** The page's global once the client has loaded. */
export type ClientWindow = Window & { contentClient: typeof ContentClientModule }

export interface ClientPage {
  page: Page
  /** Console errors and failed module loads seen by the page. */
  problems: string[]
  close(): Promise<void>
}

/** One source file as a browser module: types stripped, relative imports given their `.js` URL. */
async function browserModule(urlPath: string, prefix: string, root: string): Promise<string | undefined> {
  const relative = urlPath.slice(prefix.length).replace(/\.js$/, '.ts')
  const file = path.resolve(root, relative)
  if (!file.startsWith(`${root}${path.sep}`)) return undefined
  const source = await readFile(file, 'utf8')
  const { outputText } = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, isolatedModules: true },
  })
  return outputText.replace(/(from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\2/g, (_match, keyword: string, quote: string, specifier: string) => `${keyword}${quote}${specifier}.js${quote}`)
}

async function serve(route: Route): Promise<void> {
  const { pathname } = new URL(route.request().url())
  if (pathname === '/') {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content client in a browser</title>
<script type="importmap">${IMPORT_MAP}</script>
<script type="module">import * as contentClient from '${MODULE_PREFIX}index.js'; window.contentClient = contentClient;</script></head><body></body></html>`
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    return
  }
  let module: string | undefined
  try {
    if (pathname.startsWith(MODULE_PREFIX)) module = await browserModule(pathname, MODULE_PREFIX, sourceRoot)
    else if (pathname.startsWith(CONTRACT_PREFIX)) module = await browserModule(pathname, CONTRACT_PREFIX, contractRoot)
  } catch (error) {
    // A missing source file is the page's 404; anything else is reported to the page (and its console).
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) {
      await route.fulfill({ status: 500, contentType: 'text/plain', body: `Could not serve ${pathname}: ${String(error)}` })
      return
    }
  }
  if (module === undefined) await route.fulfill({ status: 404, contentType: 'text/plain', body: `Not found: ${pathname}` })
  else await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: module })
}

/**
 * Opens a page on `origin` (e.g. the site's origin, which the CMS allows by CORS) with the
 * client loaded as `window.contentClient`. Nothing listens on `origin`: the page and the
 * modules are answered by the browser's request interception.
 */
export async function openClientPage(origin: string): Promise<ClientPage> {
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext()
    await context.route(`${origin}/**`, serve)
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    await page.goto(`${origin}/`)
    await page.waitForFunction(() => 'contentClient' in window, undefined, { timeout: 15_000 })
    return { page, problems, close: () => browser.close() }
  } catch (error) {
    await browser.close()
    throw error
  }
}
