import { createPreviewToken } from '@crn/site-contract/preview-token'
import { describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page, Response as PlaywrightResponse } from 'playwright-core'

import { useSite } from './support/browser'
import { type CmsDocument, cmsApi, createProject, publishedDocuments } from './support/cms'
import { fetchSite } from './support/http'
import { normaliseSpace } from './support/pageFacts'
import { e2eState } from './support/state'

/**
 * The editorial day in a real browser against the built CMS and site: an editor edits a
 * project in the admin, previews the draft on the site while the public page still shows
 * the old text, publishes, and the public page follows; a contributor cannot publish; a
 * publish scheduled in the admin goes live by itself (the CMS's own jobs runner).
 */

const site = useSite()
const PASSWORD = 'editorial-e2e-password-123'

/** An account with `role`, created by the seeded admin. */
async function account(role: 'editor' | 'contributor'): Promise<{ email: string; password: string }> {
  const email = `e2e-${role}-${Date.now().toString(36)}@kreftregisteret.test`
  await cmsApi('/users', { method: 'POST', asAdmin: true, body: JSON.stringify({ email, password: PASSWORD, role, name: `E2E ${role}` }) })
  return { email, password: PASSWORD }
}

/** Signs in on the admin's login page and waits for the dashboard. */
async function signIn(context: BrowserContext, credentials: { email: string; password: string }): Promise<Page> {
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.fill('#field-email', credentials.email)
  await page.fill('#field-password', credentials.password)
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login')), page.click('button[type="submit"]')])
  return page
}

async function openInAdmin(page: Page, collection: string, id: number | string): Promise<void> {
  await page.goto(`/admin/collections/${collection}/${id}`)
  await page.waitForSelector('#field-title:not([disabled])')
  // The form is interactive once its initial state requests have settled.
  await page.waitForLoadState('networkidle')
}

/** Types a new title and waits for the admin's autosave (a draft save) to succeed. */
async function typeTitleAndAutosave(page: Page, id: number | string, title: string): Promise<void> {
  const autosaved = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().includes(`/api/projects/${id}`) && response.url().includes('autosave=true'),
    { timeout: 20_000 },
  )
  await page.fill('#field-title', title)
  const answer = await autosaved
  expect({ status: answer.status(), body: answer.status() === 200 ? '' : await answer.text(), sent: answer.status() === 200 ? '' : answer.request().postData()?.slice(0, 3000) }).toEqual({ status: 200, body: '', sent: '' })
}

/** The h1 of a public page as an anonymous visitor gets it (no cookies, no browser cache). */
async function publicHeading(pathname: string): Promise<string | null> {
  const response = await fetchSite(pathname)
  const html = await response.text()
  if (response.status !== 200) return null
  const match = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)
  return match?.[1] ? normaliseSpace(match[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')) : null
}

/** Reads `read()` until it returns `expected` or `timeoutMs` passes; returns the last value (for the assertion). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs: number): Promise<T> {
  const started = Date.now()
  let last = await read()
  while (last !== expected && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    last = await read()
  }
  return last
}

/** Polls the public page until its h1 is `expected`; returns how long that took. */
async function waitForPublicHeading(pathname: string, expected: string, timeoutMs: number): Promise<number> {
  const started = Date.now()
  let last: string | null = null
  while (Date.now() - started < timeoutMs) {
    last = await publicHeading(pathname)
    if (last === normaliseSpace(expected)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${pathname} still shows "${last}" after ${timeoutMs} ms, expected "${expected}"`)
}

/** An in-place refresh of the site in the Live Preview frame (router.refresh → an RSC request). */
function isPreviewRefresh(response: PlaywrightResponse): boolean {
  return response.url().startsWith(e2eState().webUrl) && response.frame().parentFrame() !== null && response.request().headers()['rsc'] === '1'
}

/** Resolves `first` on the first `ready` message the site's preview posts to the admin window. */
async function listenForPreviewReady(admin: Page): Promise<{ first: Promise<void> }> {
  const binding = `previewReady_${Date.now().toString(36)}`
  let resolveFirst: () => void = () => undefined
  const first = new Promise<void>((resolve) => {
    resolveFirst = resolve
  })
  await admin.exposeFunction(binding, () => resolveFirst())
  await admin.evaluate(
    ({ origin, name }) => {
      window.addEventListener('message', (event: MessageEvent<{ type?: unknown; ready?: unknown } | null>) => {
        if (event.origin === origin && event.data?.type === 'payload-live-preview' && event.data.ready === true) {
          void (window as unknown as Record<string, () => Promise<void>>)[name]?.()
        }
      })
    },
    { origin: new URL(e2eState().webUrl).origin, name: binding },
  )
  return { first }
}

const projectPath = (slug: string) => `/nb/forskning/prosjekter/${slug}`
/** A browser context on the CMS (English admin UI), created per test: the state exists once the global setup ran. */
const adminContext = () => ({ baseURL: e2eState().cmsUrl, locale: 'en-GB', viewport: { width: 1440, height: 900 } })

describe('editorial workflow', () => {
  test('an editor edits a project, previews the draft while the public page is unchanged, publishes, and the site follows', async () => {
    const editor = await account('editor')
    const [project] = await publishedDocuments('projects', 'nb')
    if (!project) throw new Error('The seed has no published project')
    const pathname = projectPath(project.slug)
    const oldTitle = normaliseSpace(project.title)
    expect(await publicHeading(pathname)).toBe(oldTitle)
    const newTitle = `${oldTitle} – oppdatert ${Date.now().toString(36)}`

    await site.withContext(adminContext(), async (context) => {
      const admin = await signIn(context, editor)
      await openInAdmin(admin, 'projects', project.id)
      await typeTitleAndAutosave(admin, project.id, newTitle)

      // The draft is saved; readers still get the published page.
      expect(await publicHeading(pathname)).toBe(oldTitle)

      // Preview opens the site's draft route in a new tab, as this editor.
      const documents: PlaywrightResponse[] = []
      context.on('response', (response) => {
        if (response.request().resourceType() === 'document') documents.push(response)
      })
      const [preview] = await Promise.all([context.waitForEvent('page'), admin.click('#preview-button')])
      await preview.waitForLoadState('load')
      expect(`${new URL(preview.url()).origin}${new URL(preview.url()).pathname}`).toBe(`${e2eState().webUrl}${pathname}`)
      expect(normaliseSpace(await preview.locator('h1').innerText())).toBe(newTitle)
      const draftRoute = documents.find((response) => new URL(response.url()).pathname === '/api/draft')
      expect(draftRoute?.status()).toBe(307)
      // The link carries a preview token only: never the editor's own session token.
      const session = (await context.cookies(e2eState().cmsUrl)).find((cookie) => cookie.name === 'payload-token')?.value
      expect(session).toBeTruthy()
      expect(draftRoute?.url()).not.toContain(String(session))
      expect([...new URL(draftRoute?.url() ?? e2eState().webUrl).searchParams.keys()]).toEqual(['token'])
      const pageResponse = documents.find((response) => response.url().startsWith(e2eState().webUrl) && new URL(response.url()).pathname === pathname)
      if (!pageResponse) throw new Error(`No document response for ${pathname}: ${documents.map((response) => response.url()).join(', ')}`)
      const cacheControl = (await pageResponse.allHeaders())['cache-control'] ?? ''
      expect(cacheControl).toMatch(/private/)
      expect(cacheControl).toMatch(/no-store/)

      // The preview did not leak into what the public gets.
      expect(await publicHeading(pathname)).toBe(oldTitle)

      // Leaving draft mode shows the public page again.
      await preview.goto(new URL(`/api/exit-draft?path=${encodeURIComponent(pathname)}`, e2eState().webUrl).toString())
      expect(normaliseSpace(await preview.locator('h1').innerText())).toBe(oldTitle)

      // Publish from the admin; the public page follows within seconds.
      const published = admin.waitForResponse(
        (response) => response.request().method() === 'PATCH' && response.url().includes(`/api/projects/${project.id}`) && !response.url().includes('autosave=true'),
      )
      await admin.click('#action-save')
      expect((await published).status()).toBe(200)
      const latency = await waitForPublicHeading(pathname, newTitle, 10_000)
      process.stdout.write(`[e2e] published title visible on the site after ${latency} ms\n`)
    })
  })

  test('live preview shows the draft beside the form, follows the editor’s typing, in mobile, tablet and desktop sizes', async () => {
    const editor = await account('editor')
    const projects = await publishedDocuments('projects', 'nb')
    const project = projects[2] ?? projects[0]
    if (!project) throw new Error('The seed has no published project')
    const pathname = projectPath(project.slug)
    const oldTitle = normaliseSpace(project.title)

    await site.withContext(adminContext(), async (context) => {
      const admin = await signIn(context, editor)
      await openInAdmin(admin, 'projects', project.id)
      // The preview's server-rendered h1 shows before its listener runs. A save reported before
      // then is never posted to it, so the preview must first be hydrated: it says so with a
      // `ready` message to the admin, then refreshes once (RefreshRouteOnSave).
      const readyMessages = await listenForPreviewReady(admin)
      const mountRefresh = admin.waitForResponse(isPreviewRefresh, { timeout: 30_000 })
      await admin.click('#live-preview-toggler')
      const iframe = admin.locator('iframe.iframe-loader__iframe')
      expect(await iframe.getAttribute('src')).toMatch(new RegExp(`^${e2eState().webUrl}/api/draft\\?`))
      const preview = admin.frameLocator('iframe.iframe-loader__iframe')
      await readyMessages.first
      expect((await mountRefresh).status()).toBe(200)
      expect(await eventually(async () => normaliseSpace(await preview.locator('h1').innerText()), oldTitle, 20_000)).toBe(oldTitle)

      // Typing autosaves a draft; the preview follows without a manual reload: the admin either
      // reloads the frame (a new URL per saved version) or posts an event that refreshes it in place.
      const typed = `${oldTitle} – live ${Date.now().toString(36)}`
      // What the preview frame asks the site for, to explain a failure.
      const frameRequests: string[] = []
      const started = Date.now()
      const autosaves: string[] = []
      admin.on('response', (response) => {
        if (response.request().method() === 'PATCH' && response.url().includes('autosave=true')) {
          const sent = response.request().postData() ?? ''
          autosaves.push(`${Date.now() - started} ms ${response.status()} sent title ${sent.match(/"title":"([^"]*)"/)?.[1] ?? '?'}`)
        }
      })
      // Each refresh of the frame: did it carry the draft-mode cookie, and what caching did the answer say?
      admin.on('response', (response) => {
        const request = response.request()
        if (request.url().startsWith(e2eState().webUrl) && request.frame().parentFrame() !== null && request.headers()['rsc'] === '1') {
          void Promise.all([request.allHeaders(), response.allHeaders()]).then(([sent, answered]) => {
            frameRequests.push(`${Date.now() - started} ms RSC answer ${response.status()} cache-control "${answered['cache-control'] ?? ''}", draft-mode cookie sent: ${/__prerender_bypass=/.test(sent['cookie'] ?? '')}`)
          })
        }
      })
      admin.on('request', (request) => {
        if (request.url().startsWith(e2eState().webUrl) && request.frame().parentFrame() !== null) {
          frameRequests.push(`${Date.now() - started} ms ${request.resourceType()} ${request.headers()['rsc'] === '1' ? 'RSC ' : ''}${request.url().slice(0, 120)}`)
        }
      })
      await typeTitleAndAutosave(admin, project.id, typed)
      frameRequests.push(`${Date.now() - started} ms autosave answered`)
      const shown = await eventually(async () => normaliseSpace(await preview.locator('h1').innerText()), typed, 20_000)
      const stored = shown === typed ? '' : (await cmsApi<{ title: string }>(`/projects/${project.id}?draft=true&locale=nb&depth=0`, { asAdmin: true })).title
      expect({ shown, frameRequests: shown === typed ? [] : frameRequests, src: shown === typed ? '' : await iframe.getAttribute('src'), stored, autosaves: shown === typed ? [] : autosaves }).toEqual({ shown: typed, frameRequests: [], src: '', stored: '', autosaves: [] })
      expect(await publicHeading(pathname)).toBe(oldTitle)

      // The size menu offers the three device sizes; mobile narrows the frame to 375 px.
      await admin.locator('.live-preview-toolbar button', { hasText: 'Responsive' }).click()
      for (const size of ['Mobile', 'Tablet', 'Desktop']) await admin.locator('.popup-button-list__button', { hasText: size }).first().waitFor()
      await admin.locator('.popup-button-list__button', { hasText: 'Mobile' }).click()
      expect(await eventually(async () => Math.round((await iframe.boundingBox())?.width ?? 0), 375, 10_000)).toBe(375)
    })
  })

  test('a contributor saves drafts but cannot publish: no Publish button, and the API refuses', async () => {
    const contributor = await account('contributor')
    const projects = await publishedDocuments('projects', 'nb')
    const project = projects[1] ?? projects[0]
    if (!project) throw new Error('The seed has no published project')
    const pathname = projectPath(project.slug)
    const oldTitle = normaliseSpace(project.title)
    const draftTitle = `${oldTitle} – bidrag ${Date.now().toString(36)}`

    await site.withContext(adminContext(), async (context) => {
      const admin = await signIn(context, contributor)
      await openInAdmin(admin, 'projects', project.id)
      await typeTitleAndAutosave(admin, project.id, draftTitle)
      const publishButtons = admin.locator('.doc-controls button', { hasText: /publish/i })
      expect(await publishButtons.count()).toBe(0)
    })

    const login = await cmsApi<{ token: string }>('/users/login', { method: 'POST', body: JSON.stringify(contributor) })
    const attempt = await fetch(`${e2eState().cmsUrl}/api/projects/${project.id}?locale=nb`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login.token}` },
      body: JSON.stringify({ title: draftTitle, _status: 'published' }),
    })
    expect(attempt.status).toBe(403)
    // Give a (wrongly) queued revalidation time to land, then check nothing reached readers.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(await publicHeading(pathname)).toBe(oldTitle)
  })

  test(
    'a publish scheduled in the admin goes live at its time, by itself',
    async () => {
      const editor = await account('editor')
      const [section] = await publishedDocuments('sections', 'nb')
      if (!section) throw new Error('The seed has no section')
      const stamp = Date.now().toString(36)
      const draft: CmsDocument = await createProject({
        nb: { title: `Planlagt prosjekt ${stamp}`, slug: `planlagt-prosjekt-${stamp}`, lead: 'Publiseres automatisk.' },
        en: { title: `Scheduled project ${stamp}`, slug: `scheduled-project-${stamp}`, lead: 'Published automatically.' },
        sectionId: section.id,
        status: 'draft',
      })
      const pathname = projectPath(`planlagt-prosjekt-${stamp}`)
      expect((await fetchSite(pathname)).status).toBe(404)

      // The next whole minute at least 30 s away (the picker works in minutes).
      const at = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000)
      await site.withContext({ ...adminContext(), timezoneId: 'UTC' }, async (context) => {
        const admin = await signIn(context, editor)
        await openInAdmin(admin, 'projects', draft.id)
        await admin.click('#action-save-popup .popup-button')
        await admin.click('#schedule-publish')
        const drawer = admin.locator('dialog.schedule-publish')
        await drawer.locator('label[for$="-type-publish"]').click()
        const input = drawer.locator('.react-datepicker__input-container input')
        await input.fill(formatForPicker(at))
        // Close the calendar by clicking the drawer's heading (Escape would close the drawer).
        await drawer.locator('.schedule-publish__drawer-header h2').click()
        expect(await input.inputValue()).toBe(formatForPicker(at))
        const scheduled = admin.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes(`/admin/collections/projects/${draft.id}`))
        await drawer.getByRole('button', { name: 'Save', exact: true }).click()
        expect((await scheduled).ok()).toBe(true)
      })

      // The admin queued the job in the CMS's own queue, for that time, as this editor.
      const jobs = await cmsApi<{ docs: { waitUntil: string; input: { type: string; doc: { value: string } } }[] }>(
        '/payload-jobs?where[taskSlug][equals]=schedulePublish&depth=0&limit=100',
        { asAdmin: true },
      )
      expect(jobs.docs.filter((job) => String(job.input.doc.value) === String(draft.id)).map((job) => ({ at: new Date(job.waitUntil).toISOString(), type: job.input.type }))).toEqual([{ at: at.toISOString(), type: 'publish' }])

      // Not before its time…
      expect((await fetchSite(pathname)).status).toBe(404)
      // …and live shortly after it (runner every 5 s, revalidation every second).
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now())))
      const latency = await waitForPublicHeading(pathname, `Planlagt prosjekt ${stamp}`, 60_000)
      process.stdout.write(`[e2e] scheduled publish visible ${latency} ms after its time\n`)
    },
    240_000,
  )
})

/** The admin's date-time picker format ("MMM d, yyyy h:mm a"), in UTC like the browser context. */
function formatForPicker(date: Date): string {
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
  const hours = date.getUTCHours()
  const minutes = String(date.getUTCMinutes()).padStart(2, '0')
  return `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
}

describe('the draft-mode route', () => {
  const origin = () => e2eState().cmsUrl
  const token = (path: string, { secret = e2eState().previewSecret, ttlSeconds = 600, from = origin() } = {}) =>
    createPreviewToken(secret, { document: 'projects/any', locale: 'en', path, origin: from }, Date.now(), ttlSeconds)
  const draftUrl = (value?: string) => (value === undefined ? '/api/draft' : `/api/draft?${new URLSearchParams({ token: value }).toString()}`)

  test('refuses tokens the CMS did not sign, expired ones and foreign paths — never cacheable', async () => {
    const path = '/nb/forskning'
    const cases: [string, string | undefined, number][] = [
      ['no token', undefined, 401],
      ['not a token', 'not-a-real-token', 403],
      ['signed with another secret (the revalidation secret)', token(path, { secret: e2eState().revalidateSecret }), 403],
      ['expired', token(path, { ttlSeconds: -1 }), 401],
      ['another host as path', token('//evil.example/'), 400],
      ['an origin that is not one', token(path, { from: 'javascript:alert(1)' }), 400],
    ]
    for (const [name, value, status] of cases) {
      const response = await fetchSite(draftUrl(value))
      const body = (await response.json()) as { error?: string }
      expect({ name, status: response.status, cacheControl: response.headers.get('cache-control'), hasReason: Boolean(body.error) }).toEqual({
        name,
        status,
        cacheControl: 'private, no-store, max-age=0',
        hasReason: true,
      })
      expect(response.headers.get('set-cookie')).toBeNull()
    }
  })

  test('turns draft mode on for the token’s lifetime and sends the visitor to the page', async () => {
    const path = '/en/research'
    const response = await fetchSite(draftUrl(token(path, { ttlSeconds: 600 })))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe(path)
    expect(response.headers.get('cache-control')).toBe('private, no-store, max-age=0')
    const cookies = response.headers.getSetCookie()
    expect(cookies.some((cookie) => cookie.startsWith('__prerender_bypass='))).toBe(true)
    const previewCookie = cookies.find((cookie) => cookie.startsWith('crn-preview-token='))
    expect(previewCookie).toMatch(/HttpOnly/i)
    const maxAge = Number(previewCookie?.match(/Max-Age=(\d+)/i)?.[1])
    expect(maxAge).toBeGreaterThan(590)
    expect(maxAge).toBeLessThanOrEqual(600)
  })
})
