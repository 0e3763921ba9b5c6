import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, test } from '@jest/globals'

import { axeViolations } from './support/axe'
import { useSite } from './support/browser'
import { createProject, type Locale } from './support/cms'
import { janusSection, LOCALES, sectionPath, seededContent, sitePaths } from './support/content'
import { fetchSite } from './support/http'
import { inspectPage, normaliseSpace } from './support/pageFacts'
import { readSitemap } from './support/sitemap'
import { e2eState } from './support/state'

/**
 * The CMS goes down (this file runs last: see support/sequencer.mjs). Pages rendered before keep
 * being served (from the site's cache, or the edge's stale copy); a page never rendered fails to
 * render and the edge answers its branded 503 page (a static file), fast.
 */

interface VisitedPage {
  pathname: string
  h1: string
  locale: Locale
}

const visited: VisitedPage[] = []
const neverRendered: Record<Locale, string> = { nb: '', en: '' }
let siteNameSuffix: Record<Locale, string> = { nb: '', en: '' }
let sitemapBefore: string[] = []

/** True while any process of the group is alive. */
function groupAlive(processGroup: number): boolean {
  try {
    process.kill(-processGroup, 0)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false
    throw error
  }
}

/**
 * Stops the CMS the global setup started, by its process group: SIGTERM, then SIGKILL after 5 s
 * (a graceful `next start` keeps serving open keep-alive connections while it drains).
 */
async function stopCms(): Promise<void> {
  const { cmsProcessGroup, cmsAppUrl, cmsUrl } = e2eState()
  process.kill(-cmsProcessGroup, 'SIGTERM')
  const deadline = Date.now() + 15_000
  let killed = false
  while (groupAlive(cmsProcessGroup)) {
    if (Date.now() > deadline) throw new Error(`The CMS (process group ${cmsProcessGroup}) survived SIGKILL`)
    if (!killed && Date.now() > deadline - 10_000) {
      process.kill(-cmsProcessGroup, 'SIGKILL')
      killed = true
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const stillAnswering = await fetch(`${cmsAppUrl}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  )
  expect(stillAnswering).toBe(false)
  // The edge in front of it says so (health is never cached): 502 Bad Gateway.
  const throughEdge = await fetch(`${cmsUrl}/api/health`, { signal: AbortSignal.timeout(5000) })
  expect(throughEdge.status).toBe(502)
}

describe('when the CMS is down', () => {
  const site = useSite()

  beforeAll(async () => {
    const content = await seededContent()
    // A project nobody has visited, not yet published: its page has never been rendered. (A publish
    // makes the CMS refresh the edge's copy of the document's page, which renders it.)
    const token = randomBytes(4).toString('hex')
    const section = janusSection(content, 'nb')
    const created = await createProject({
      nb: { title: `Aldri vist ${token}`, slug: `aldri-vist-${token}`, lead: 'Et publisert prosjekt ingen har besøkt ennå.' },
      en: { title: `Never shown ${token}`, slug: `never-shown-${token}`, lead: 'A published project nobody has visited yet.' },
      sectionId: section.id,
      status: 'draft',
    })
    expect(created._status).toBe('draft')
    neverRendered.nb = sitePaths.project('nb', `aldri-vist-${token}`)
    neverRendered.en = sitePaths.project('en', `never-shown-${token}`)

    // Visit a few pages of each kind while the CMS is up.
    for (const locale of LOCALES) {
      const project = content.projects[locale][1]
      const department = content.departments[locale][0]
      if (!project || !department) throw new Error('seed has no project or department')
      const pages = [
        sitePaths.home(locale),
        sitePaths.research(locale),
        sitePaths.department(locale, department.slug),
        sectionPath(content, locale, janusSection(content, locale)),
        sitePaths.project(locale, project.slug),
      ]
      for (const pathname of pages) {
        const { page, response } = await site.open(pathname)
        expect({ pathname, status: response.status() }).toEqual({ pathname, status: 200 })
        const facts = await inspectPage(page)
        visited.push({ pathname, h1: facts.h1[0] ?? '', locale })
        siteNameSuffix = { ...siteNameSuffix, [locale]: facts.title.split(' – ').at(-1) ?? '' }
      }
    }
    sitemapBefore = (await readSitemap()).urls
    await stopCms()
  })

  test('the sitemap is still served (the last good copy), never an error', async () => {
    const { urls } = await readSitemap()
    expect(sitemapBefore.length).toBeGreaterThan(10)
    expect(urls).toEqual(sitemapBefore)
  })

  test('pages visited before answer 200 with their content', async () => {
    for (const { pathname, h1, locale } of visited) {
      const response = await fetchSite(pathname)
      const html = await response.text()
      expect({ pathname, status: response.status }).toEqual({ pathname, status: 200 })
      expect(html).toContain(`lang="${locale}`)

      const { page, response: browserResponse } = await site.open(pathname)
      expect({ pathname, status: browserResponse.status() }).toEqual({ pathname, status: 200 })
      expect((await inspectPage(page)).h1).toEqual([normaliseSpace(h1)])
    }
  })

  test.each(LOCALES)('a page never rendered answers a branded 503 within 3 s (%s)', async (locale) => {
    const pathname = neverRendered[locale]
    const started = Date.now()
    const response = await fetchSite(pathname)
    const html = await response.text()
    const elapsed = Date.now() - started
    expect({ pathname, status: response.status }).toEqual({ pathname, status: 503 })
    process.stdout.write(`[e2e] CMS down: never-rendered ${pathname} answered ${response.status} in ${elapsed} ms\n`)
    expect(elapsed).toBeLessThan(3000)
    expect(html).toContain(`lang="${locale}`)
    expect(html).not.toMatch(/at \w+ \(|Error:|stack/i)

    const { page, response: browserResponse } = await site.open(pathname)
    expect(browserResponse.status()).toBe(503)
    const facts = await inspectPage(page)
    expect(facts.lang).toMatch(new RegExp(`^${locale}`))
    expect(facts.h1).toHaveLength(1)
    expect(siteNameSuffix[locale].length).toBeGreaterThan(0)
    expect(facts.title).toContain(siteNameSuffix[locale])
    expect(await page.locator(`a[href="${sitePaths.home(locale)}"]`).count()).toBeGreaterThan(0)
    expect({ pathname, violations: await axeViolations(page) }).toEqual({ pathname, violations: [] })
  })

  test('the site keeps answering quickly after repeated requests during the outage', async () => {
    const timings: number[] = []
    for (let attempt = 0; attempt < 3; attempt += 1) {
      for (const { pathname } of visited.slice(0, 3)) {
        const started = Date.now()
        const response = await fetchSite(pathname)
        await response.arrayBuffer()
        timings.push(Date.now() - started)
        expect({ pathname, status: response.status }).toEqual({ pathname, status: 200 })
      }
    }
    process.stdout.write(`[e2e] CMS down: cached pages answered in ${Math.min(...timings)}–${Math.max(...timings)} ms\n`)
    expect(Math.max(...timings)).toBeLessThan(3000)
  })
})
