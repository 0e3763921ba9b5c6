import { describe, expect, test } from '@jest/globals'

import { useSite } from './support/browser'
import { cmsApi, createProject, publishedDocuments } from './support/cms'
import { sitePaths } from './support/content'
import { fetchSite } from './support/http'
import { normaliseSpace } from './support/pageFacts'
import { readSitemap } from './support/sitemap'

/**
 * Addresses stay valid: an editor renames a published project's bokmål slug; its old bokmål
 * address answers 308 to the new one (in bokmål), the English address is untouched, a browser
 * following an old link lands on the page, and the sitemap lists only current addresses.
 */

const site = useSite()

/** Polls `read` until it returns `expected` (the site refreshes within seconds of a publish). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last = await read()
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    last = await read()
  }
  return last
}

const redirectOf = async (pathname: string) => {
  const response = await fetchSite(pathname)
  await response.arrayBuffer()
  const location = response.headers.get('location')
  return { status: response.status, location: location === null ? null : new URL(location, 'http://site').pathname }
}

/** Every page address in the sitemap (an index at /sitemap.xml and the children it lists). */
const sitemapPaths = async () => (await readSitemap()).urls.map((url) => new URL(url).pathname)

describe('a renamed slug', () => {
  test('the old address answers 308 to the new one in its locale; the sitemap lists only current addresses', async () => {
    const [section] = await publishedDocuments('sections', 'nb')
    if (!section) throw new Error('The seed has no published section')
    const stamp = Date.now().toString(36)
    const text = {
      nb: { title: `Omdøpt prosjekt ${stamp}`, slug: `omdopt-${stamp}`, lead: 'Et prosjekt som får ny adresse.' },
      en: { title: `Renamed project ${stamp}`, slug: `renamed-${stamp}`, lead: 'A project that moves.' },
    }
    const project = await createProject({ ...text, sectionId: section.id, status: 'published' })
    const oldPath = sitePaths.project('nb', text.nb.slug)
    const newPath = sitePaths.project('nb', `${text.nb.slug}-ny`)
    const englishPath = sitePaths.project('en', text.en.slug)
    expect(await eventually(async () => (await fetchSite(oldPath)).status, 200)).toBe(200)

    await cmsApi(`/projects/${project.id}?locale=nb&depth=0`, { method: 'PATCH', asAdmin: true, body: JSON.stringify({ slug: `${text.nb.slug}-ny`, _status: 'published' }) })

    expect(await eventually(() => redirectOf(oldPath), { status: 308, location: newPath })).toEqual({ status: 308, location: newPath })
    expect((await fetchSite(newPath)).status).toBe(200)
    expect((await fetchSite(englishPath)).status).toBe(200)
    // The page's change history moved with it.
    const newHistory = sitePaths.changeHistory('nb', newPath)
    expect(await redirectOf(sitePaths.changeHistory('nb', oldPath))).toEqual({ status: 308, location: newHistory })
    expect((await fetchSite(newHistory)).status).toBe(200)

    // A visitor with an old link lands on the page at its new address.
    const { page, response } = await site.open(oldPath)
    expect(response.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe(newPath)
    expect(normaliseSpace(await page.locator('h1').innerText())).toBe(text.nb.title)

    // The entry is in the admin's Redirects, pointing at the document.
    const entries = await cmsApi<{ docs: { from: string; to: { type: string; reference: { value: string } } }[] }>(
      `/redirects?where[from][equals]=${encodeURIComponent(oldPath)}&depth=0`,
    )
    expect(entries.docs.map((entry) => ({ from: entry.from, to: entry.to.reference.value }))).toEqual([{ from: oldPath, to: project.id }])

    // The sitemap is rebuilt at most a minute after the last build (lib/sitemap/lastGoodSitemap.ts).
    const listed = await eventually(async () => (await sitemapPaths()).filter((path) => path.includes(stamp)).sort(), [englishPath, newPath].sort(), 75_000)
    expect(listed).toEqual([englishPath, newPath].sort())
  })

  test('an address nothing ever lived at is still a 404', async () => {
    expect((await redirectOf(sitePaths.project('nb', `aldri-${Date.now().toString(36)}`))).status).toBe(404)
  })
})
