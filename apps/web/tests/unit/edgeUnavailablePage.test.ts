import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { LOCALES } from '@/lib/locales'
import { unavailableHtml } from '@/lib/unavailablePage'

/**
 * The edge answers a page that cannot be rendered (site down, or CMS down for a page never
 * cached) with a static file per locale: deploy/edge/static/503.<locale>.html. Those files are
 * this app's branded 503 document; this test keeps them identical. After changing the page or
 * its messages, regenerate them with `UPDATE_EDGE_PAGES=1 npx jest tests/unit/edgeUnavailablePage.test.ts`.
 */
const staticDir = fileURLToPath(new URL('../../../../deploy/edge/static', import.meta.url))
const headersFile = fileURLToPath(new URL('../../../../deploy/edge/snippets/unavailable-headers.conf', import.meta.url))

describe('the edge’s static 503 pages', () => {
  it.each(LOCALES)('503.%s.html is the site’s branded unavailable page', (locale) => {
    const file = path.join(staticDir, `503.${locale}.html`)
    const expected = unavailableHtml(locale)
    if (process.env.UPDATE_EDGE_PAGES === '1') fs.writeFileSync(file, expected)
    expect(fs.readFileSync(file, 'utf8')).toBe(expected)
  })

  it.each(LOCALES)('the edge’s CSP for the page allows its one inline style by hash, and nothing else inline (%s)', (locale) => {
    const html = unavailableHtml(locale)
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '')
    expect(styles).toHaveLength(1)
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i)
    const hash = createHash('sha256').update(styles[0] ?? '').digest('base64')
    expect(fs.readFileSync(headersFile, 'utf8')).toContain(`style-src 'sha256-${hash}'`)
  })
})
