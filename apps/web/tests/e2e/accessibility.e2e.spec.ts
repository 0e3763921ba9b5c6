import { describe, expect, test } from '@jest/globals'

import { axeViolations } from './support/axe'
import { useSite } from './support/browser'
import { LOCALES } from './support/content'
import { inspectPage } from './support/pageFacts'
import { PAGE_TYPES, pageOfType } from './support/pageTypes'

const HREFLANG = { nb: /^nb/, en: /^en/ }

describe.each(LOCALES)('accessibility, every page type (%s)', (locale) => {
  const site = useSite()

  test.each(PAGE_TYPES)('%s: axe finds no WCAG 2.1 A/AA violation; one h1; lang; hreflang', async (type) => {
    const { pathname, status } = await pageOfType(type, locale)
    const { page, response } = await site.open(pathname)
    expect({ pathname, status: response.status() }).toEqual({ pathname, status })

    const facts = await inspectPage(page)
    expect(facts.lang).toMatch(HREFLANG[locale])
    expect({ pathname, h1: facts.h1.length }).toEqual({ pathname, h1: 1 })
    expect(facts.h1[0]?.length).toBeGreaterThan(0)
    if (status === 200) {
      const languages = Object.keys(facts.alternates)
      expect(languages.some((lang) => HREFLANG.nb.test(lang))).toBe(true)
      expect(languages.some((lang) => HREFLANG.en.test(lang))).toBe(true)
      expect(facts.alternates[languages.find((lang) => HREFLANG[locale].test(lang)) ?? '']).toBe(pathname)
    }

    expect({ pathname, violations: await axeViolations(page) }).toEqual({ pathname, violations: [] })
  })

  test.each(PAGE_TYPES)('%s: the skip link is the first Tab stop and moves focus to the main content', async (type) => {
    const { pathname } = await pageOfType(type, locale)
    const { page } = await site.open(pathname)
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => {
      const active = document.activeElement
      if (!(active instanceof HTMLAnchorElement)) return { tag: active?.tagName ?? null, href: null, visible: false, text: '' }
      const box = active.getBoundingClientRect()
      return { tag: active.tagName, href: active.getAttribute('href'), visible: box.width > 1 && box.height > 1, text: active.textContent ?? '' }
    })
    expect(first.tag).toBe('A')
    expect(first.href).toMatch(/^#./)
    // Visible when focused (it may be hidden until then).
    expect(first.visible).toBe(true)
    expect(first.text.trim().length).toBeGreaterThan(0)

    await page.keyboard.press('Enter')
    const target = (first.href ?? '#').slice(1)
    const focus = await page.evaluate(() => {
      const active = document.activeElement
      return { id: active?.id ?? '', inMain: Boolean(active?.closest('main')) }
    })
    expect(focus).toEqual({ id: target, inMain: true })
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)
  })
})

describe('accessibility at 320 px (reflow)', () => {
  const site = useSite()

  test.each(['research overview', 'Janus section', 'project index'] as const)('%s: no horizontal scrolling and no axe violations at 320 px', async (type) => {
    const { pathname } = await pageOfType(type, 'nb')
    const page = await site.newPage()
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(pathname)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect({ pathname, overflow }).toEqual({ pathname, overflow: 0 })
    expect({ pathname, violations: await axeViolations(page) }).toEqual({ pathname, violations: [] })
  })
})
