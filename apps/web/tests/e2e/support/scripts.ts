import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import type { Page } from 'playwright-core'

import { e2eState } from './state'

export interface ScriptFile {
  url: string
  /** Bytes of JavaScript after decoding (what the browser parses). */
  bytes: number
  /** The same file gzipped (level 9): the size budget's unit. */
  gzipBytes: number
}

export interface PageScripts {
  pageType: string
  pathname: string
  files: ScriptFile[]
  totalGzipBytes: number
}

/**
 * Loads `pathname` in `page` and records every JavaScript file the browser fetched from the
 * site's own origin (first-party), from the browser's network log, until the network is idle.
 */
export async function measureFirstPartyScripts(page: Page, pageType: string, pathname: string): Promise<PageScripts> {
  const origin = new URL(e2eState().webUrl).origin
  const pending: Promise<ScriptFile | undefined>[] = []
  page.on('response', (response) => {
    const request = response.request()
    if (request.resourceType() !== 'script' || new URL(response.url()).origin !== origin) return
    pending.push(
      response.body().then((body) => ({ url: response.url(), bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length })),
    )
  })
  const response = await page.goto(pathname, { waitUntil: 'networkidle' })
  if (!response?.ok()) throw new Error(`${pathname} answered ${response?.status() ?? 'nothing'}`)
  const files = (await Promise.all(pending)).filter((file): file is ScriptFile => file !== undefined)
  return { pageType, pathname, files, totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) }
}

/** Where the suite leaves its JS-size table for the report (os.tmpdir(), one file per run). */
export const jsSizesReportFile = path.join(os.tmpdir(), 'crn-web-e2e-js-sizes.json')

/** Prints a per-page-type table and writes it to `jsSizesReportFile`. */
export function reportScriptSizes(measurements: PageScripts[]): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  const lines = measurements.map(
    (m) => `${m.pageType.padEnd(24)} ${kB(m.totalGzipBytes).padStart(9)} gzip in ${String(m.files.length).padStart(2)} files  ${m.pathname}`,
  )
  const table = ['First-party JavaScript per page type (gzip):', ...lines].join('\n')
  fs.writeFileSync(jsSizesReportFile, JSON.stringify(measurements, null, 2))
  process.stdout.write(`\n${table}\n(details: ${jsSizesReportFile})\n`)
  return table
}
