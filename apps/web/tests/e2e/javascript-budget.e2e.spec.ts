import { afterAll, describe, expect, test } from '@jest/globals'

import { useSite } from './support/browser'
import { PAGE_TYPES, pageOfType } from './support/pageTypes'
import { measureFirstPartyScripts, type PageScripts, reportScriptSizes } from './support/scripts'
import { e2eState } from './support/state'

/**
 * Issue 3 set a budget of 60 kB of first-party JavaScript per content page. No page has a client
 * component outside draft mode, so issue 9 goes further: a visitor's page loads no JavaScript at all,
 * not even Next's runtime (apps/web/visitor-html/ takes it out of the HTML).
 */
describe('JavaScript per page type', () => {
  const site = useSite({ locale: 'nb-NO' })
  const measured: PageScripts[] = []

  afterAll(() => {
    if (measured.length > 0) reportScriptSizes(measured)
  })

  test.each(PAGE_TYPES)('%s: a visitor’s page loads no JavaScript', async (type) => {
    const { pathname } = await pageOfType(type, 'nb')
    const page = await site.newPage()
    const scripts = await measureFirstPartyScripts(page, type, pathname, { allowStatus: type === 'not found (404)' ? 404 : 200 })
    measured.push(scripts)
    expect({ type, scripts: scripts.files.map((file) => file.url) }).toEqual({ type, scripts: [] })
    // The page is whole without it: its content is in the HTML.
    expect(await page.locator('main').first().textContent()).toMatch(/\S/)
  })

  test('a request in draft mode (the draft-mode cookie) gets the page as Next writes it, runtime included, for Live Preview', async () => {
    const { pathname } = await pageOfType('project', 'nb')
    const page = await site.newPage()
    // Any value: the edge and the site's hook only look for the cookie (Next itself finds this one
    // invalid and renders the published page, which is enough to see the runtime left in).
    await page.context().addCookies([{ name: '__prerender_bypass', value: 'e2e-not-a-session', url: new URL(pathname, e2eState().webUrl).href }])
    try {
      const scripts = await measureFirstPartyScripts(page, 'project (draft-mode cookie)', pathname)
      expect(scripts.frameworkGzipBytes).toBeGreaterThan(0)
    } finally {
      await page.context().clearCookies({ name: '__prerender_bypass' })
    }
  })
})
