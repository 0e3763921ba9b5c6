import { describe, expect, test } from '@jest/globals'

import { useSite } from './support/browser'
import { type CmsDocument, cmsApi, createProject } from './support/cms'
import { seededContent } from './support/content'
import { e2eState } from './support/state'

/**
 * The admin in Norwegian, with the publish gates visible to the editor: a valid national
 * identity number typed into a field is refused by the server and named on the field;
 * "Fakta til kontroll" lists the figures whose source states no date.
 */
const site = useSite()
const PASSWORD = 'admin-gates-e2e-password-123'
const FODSELSNUMMER = '15058510170' // synthetic: both mod-11 check digits hold

/** Signs an editor in with a Norwegian browser. */
async function signIn() {
  const email = `e2e-gates-${Date.now().toString(36)}@kreftregisteret.test`
  await cmsApi('/users', { method: 'POST', asAdmin: true, body: JSON.stringify({ email, password: PASSWORD, role: 'editor' }) })
  return { email }
}

const adminContext = () => ({ baseURL: e2eState().cmsUrl, locale: 'nb-NO', viewport: { width: 1440, height: 900 } })

describe('admin gates (Norwegian admin)', () => {
  test('refuses a national identity number typed into a field, names it there, and stores nothing', async () => {
    const { email } = await signIn()
    // A project of its own: opening a seeded one would leave it locked for the specs that follow.
    const content = await seededContent()
    const section = content.sections.nb[0]
    if (!section) throw new Error('no section')
    const stamp = Date.now().toString(36)
    const project = await createProject({
      nb: { title: `Portvakt ${stamp}`, slug: `portvakt-${stamp}`, lead: 'Trygg tekst.' },
      en: { title: `Gatekeeper ${stamp}`, slug: `gatekeeper-${stamp}`, lead: 'Safe text.' },
      sectionId: section.id,
      status: 'published',
    })

    await site.withContext(adminContext(), async (context) => {
      const page = await context.newPage()
      await page.goto('/admin/login')
      await page.fill('#field-email', email)
      await page.fill('#field-password', PASSWORD)
      await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login')), page.click('button[type="submit"]')])
      // Norwegian by default: the admin's language and its own navigation.
      expect(await page.locator('html').getAttribute('lang')).toBe('nb')
      expect(await page.locator('#nav-facts-to-review').innerText()).toBe('Fakta til kontroll')

      await page.goto(`/admin/collections/projects/${project.id}`)
      await page.waitForSelector('#field-lead:not([disabled])')
      await page.waitForLoadState('networkidle')
      // Every save the admin attempts for this document must be refused.
      const saves: number[] = []
      page.on('response', (response) => {
        if (response.request().method() === 'PATCH' && response.url().includes(`/api/projects/${project.id}`)) saves.push(response.status())
      })
      const autosave = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(`/api/projects/${project.id}`), { timeout: 20_000 })
      await page.fill('#field-lead', `Kontakt pasient ${FODSELSNUMMER}.`)
      // The draft autosave is refused by the server (drafts included).
      expect((await autosave).status()).toBe(400)
      // Publishing shows the editor why, on the field.
      await page.click('#action-save')
      await page.waitForFunction(() => document.querySelector('.field-type.textarea')?.textContent?.includes('national identity number'), undefined, { timeout: 20_000 })
      await page.waitForLoadState('networkidle')
      expect(saves.filter((status) => status !== 400)).toEqual([])
    })

    const stored = await cmsApi<CmsDocument>(`/projects/${project.id}?locale=nb&draft=true&depth=0`, { asAdmin: true })
    expect(String(stored.lead)).not.toContain(FODSELSNUMMER)
  })

  test('"Fakta til kontroll" lists the figures whose source states no date', async () => {
    const { email } = await signIn()
    await site.withContext(adminContext(), async (context) => {
      const page = await context.newPage()
      await page.goto('/admin/login')
      await page.fill('#field-email', email)
      await page.fill('#field-password', PASSWORD)
      await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login')), page.click('button[type="submit"]')])
      await page.goto('/admin/facts-to-review')
      expect(await page.locator('h1').innerText()).toBe('Fakta til kontroll')
      const row = page.locator('table.facts-to-review tr', { hasText: 'Fylker representert' })
      expect(await row.count()).toBe(1)
      expect(await row.innerText()).toContain('dato ikke oppgitt')
    })
  })
})
