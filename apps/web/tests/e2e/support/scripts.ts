import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import type { Page } from 'playwright-core'

import { e2eState } from './state'

export interface ScriptFile {
  url: string
  /** Next.js/React runtime every App Router page loads (build-manifest rootMainFiles, polyfills). */
  framework: boolean
  /** Bytes of JavaScript after decoding (what the browser parses). */
  bytes: number
  /** The same file gzipped (level 9): the size budget's unit. */
  gzipBytes: number
}

export interface PageScripts {
  pageType: string
  pathname: string
  files: ScriptFile[]
  /** All same-origin JavaScript, gzip. */
  totalGzipBytes: number
  /** The site's own code (everything but the framework runtime), gzip. */
  siteGzipBytes: number
  /** The Next.js/React runtime, gzip. */
  frameworkGzipBytes: number
}

/** Files of the framework runtime, from the built site's build manifest ("static/chunks/…"). */
function frameworkFiles(): Set<string> {
  const manifestFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../.next/build-manifest.json')
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { rootMainFiles?: string[]; polyfillFiles?: string[] }
  return new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])])
}

/**
 * Loads `pathname` in `page` and records every JavaScript file the browser fetched from the
 * site's own origin (first-party), from the browser's network log, until the network is idle.
 */
export async function measureFirstPartyScripts(page: Page, pageType: string, pathname: string, { allowStatus = 200 } = {}): Promise<PageScripts> {
  const origin = new URL(e2eState().webUrl).origin
  const framework = frameworkFiles()
  const pending: Promise<ScriptFile | undefined>[] = []
  page.on('response', (response) => {
    const request = response.request()
    if (request.resourceType() !== 'script' || new URL(response.url()).origin !== origin) return
    pending.push(
      response.body().then((body) => ({
        url: response.url(),
        framework: framework.has(new URL(response.url()).pathname.replace(/^\/_next\//, '')),
        bytes: body.length,
        gzipBytes: gzipSync(body, { level: 9 }).length,
      })),
    )
  })
  const response = await page.goto(pathname, { waitUntil: 'networkidle' })
  if (response?.status() !== allowStatus) throw new Error(`${pathname} answered ${response?.status() ?? 'nothing'}, expected ${allowStatus}`)
  const files = (await Promise.all(pending)).filter((file): file is ScriptFile => file !== undefined)
  const sum = (list: ScriptFile[]) => list.reduce((total, file) => total + file.gzipBytes, 0)
  return {
    pageType,
    pathname,
    files,
    totalGzipBytes: sum(files),
    siteGzipBytes: sum(files.filter((file) => !file.framework)),
    frameworkGzipBytes: sum(files.filter((file) => file.framework)),
  }
}

/** Where the suite leaves its JS-size table for the report (os.tmpdir(), one file per run). */
export const jsSizesReportFile = path.join(os.tmpdir(), 'crn-web-e2e-js-sizes.json')

/** Prints a per-page-type table and writes it to `jsSizesReportFile`. */
export function reportScriptSizes(measurements: PageScripts[]): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  const lines = measurements.map(
    (m) =>
      `${m.pageType.padEnd(26)} ${kB(m.siteGzipBytes).padStart(9)} ${kB(m.frameworkGzipBytes).padStart(10)} ${kB(m.totalGzipBytes).padStart(9)} ${String(m.files.length).padStart(6)}  ${m.pathname}`,
  )
  const header = `${'page type'.padEnd(26)} ${'site code'.padStart(9)} ${'framework'.padStart(10)} ${'total'.padStart(9)} ${'files'.padStart(6)}  path`
  const table = ['Same-origin JavaScript per page type (gzip -9 of each file the browser loaded):', header, ...lines].join('\n')
  fs.writeFileSync(jsSizesReportFile, JSON.stringify(measurements, null, 2))
  process.stdout.write(`\n${table}\n(details: ${jsSizesReportFile})\n`)
  return table
}
