import type { Page } from 'playwright-core'

/** What every page must carry, read from the rendered DOM. */
export interface PageFacts {
  /** `<html lang>`, e.g. "nb-NO". */
  lang: string | null
  title: string
  /** Text of every `<h1>` on the page. */
  h1: string[]
  /** hreflang → path (+ query) of `<link rel="alternate" hreflang>` in the head. */
  alternates: Record<string, string>
  canonical: string | null
  /** Path (+ query) the language switcher links to. */
  languageSwitch: string | null
}

/** Path plus query of an absolute or relative URL, resolved against `base`. */
export function pathAndQuery(href: string, base: string): string {
  const url = new URL(href, base)
  return `${url.pathname}${url.search}`
}

/** Whitespace (including no-break and narrow no-break spaces) collapsed to single spaces. */
export const normaliseSpace = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()

export async function inspectPage(page: Page): Promise<PageFacts> {
  const raw = await page.evaluate(() => {
    const alternates: Record<string, string> = {}
    for (const link of Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]'))) {
      alternates[link.hreflang] = link.href
    }
    return {
      lang: document.documentElement.getAttribute('lang'),
      title: document.title,
      h1: Array.from(document.querySelectorAll('h1')).map((heading) => heading.textContent ?? ''),
      alternates,
      canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null,
      languageSwitch: document.querySelector<HTMLAnchorElement>('a[data-testid="language-switcher"]')?.href ?? null,
    }
  })
  const base = page.url()
  return {
    ...raw,
    h1: raw.h1.map(normaliseSpace),
    alternates: Object.fromEntries(Object.entries(raw.alternates).map(([lang, href]) => [lang, pathAndQuery(href, base)])),
    languageSwitch: raw.languageSwitch === null ? null : pathAndQuery(raw.languageSwitch, base),
  }
}

/** The page's visible text, whitespace-normalised. */
export async function visibleText(page: Page, selector = 'body'): Promise<string> {
  return normaliseSpace(await page.locator(selector).first().innerText())
}
