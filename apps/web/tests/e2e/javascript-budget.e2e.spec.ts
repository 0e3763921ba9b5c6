import { afterAll, describe, expect, test } from '@jest/globals'

import { useSite } from './support/browser'
import { CONTENT_PAGE_TYPES, PAGE_TYPES, pageOfType } from './support/pageTypes'
import { measureFirstPartyScripts, type PageScripts, reportScriptSizes } from './support/scripts'

/** Issue 3: at most 60 kB of first-party JavaScript (gzip) on a content page. */
const CONTENT_PAGE_BUDGET_BYTES = 60_000

describe('first-party JavaScript per page type', () => {
  const site = useSite({ locale: 'nb-NO' })
  const measured: PageScripts[] = []

  afterAll(() => {
    if (measured.length > 0) reportScriptSizes(measured)
  })

  test.each(PAGE_TYPES)('%s', async (type) => {
    const { pathname } = await pageOfType(type, 'nb')
    const page = await site.newPage()
    const scripts = await measureFirstPartyScripts(page, type, pathname, { allowStatus: type === 'not found (404)' ? 404 : 200 })
    measured.push(scripts)
    // The network log saw the page's scripts (the runtime at least), so the figure is a measurement.
    expect(scripts.files.length).toBeGreaterThan(0)
    expect(scripts.frameworkGzipBytes).toBeGreaterThan(0)
    if (CONTENT_PAGE_TYPES.includes(type)) {
      expect({ type, siteGzipBytes: scripts.siteGzipBytes <= CONTENT_PAGE_BUDGET_BYTES }).toEqual({ type, siteGzipBytes: true })
    }
  })
})
