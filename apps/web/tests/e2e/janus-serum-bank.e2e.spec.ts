import { describe, expect, test } from '@jest/globals'

import { type CmsDocument, relationId } from './support/cms'
import { useSite } from './support/browser'
import { janusSection, LOCALES, sectionPath, seededContent } from './support/content'
import { expectedDate as formatDate, expectedNumber as formatNumber } from './support/format'
import { inspectPage, normaliseSpace, visibleText } from './support/pageFacts'

// Compared with whitespace-normalised page text (bokmål groups digits with a no-break space).
const expectedNumber = (value: number, locale: 'nb' | 'en') => normaliseSpace(formatNumber(value, locale))
const expectedDate = (value: string, locale: 'nb' | 'en') => normaliseSpace(formatDate(value, locale))

interface FactSource {
  title: string
  url: string
}

const sourceOf = (fact: CmsDocument): FactSource => fact.source as FactSource

describe.each(LOCALES)('Janus Serum Bank page (%s)', (locale) => {
  const site = useSite()

  test('shows each biobank fact with its value, its date (or that the source states none) and source', async () => {
    const content = await seededContent()
    const janus = janusSection(content, locale)
    const facts = content.biobankFacts[locale].filter((fact) => relationId(fact.section) === janus.id && !fact.series)
    expect(facts.length).toBeGreaterThan(0)

    const { page, response } = await site.open(sectionPath(content, locale, janus))
    expect(response.status()).toBe(200)
    expect((await inspectPage(page)).h1).toEqual([normaliseSpace(janus.title)])

    for (const fact of facts) {
      const term = page.locator('main dt', { hasText: fact.title }).first()
      expect({ fact: fact.title, shown: (await term.count()) > 0 }).toEqual({ fact: fact.title, shown: true })
      const entry = term.locator('xpath=..')
      const entryText = normaliseSpace(await entry.innerText())
      const value =
        typeof fact.valueNumber === 'number'
          ? `${expectedNumber(fact.valueNumber, locale)}${typeof fact.unit === 'string' && fact.unit ? ` ${fact.unit}` : ''}`
          : String(fact.valueText)
      expect(entryText).toContain(normaliseSpace(value))
      if (fact.dateKind === 'not-stated') {
        // Never a made-up date: the reader is told the source gives none.
        expect(entryText).toContain(locale === 'en' ? 'Date not stated in the source' : 'Dato ikke oppgitt i kilden')
        expect(await entry.locator('time').count()).toBe(0)
      } else {
        expect(entryText).toContain(expectedDate(String(fact.asOfDate), locale))
        expect(await entry.locator('time').count()).toBeGreaterThan(0)
      }
      const source = sourceOf(fact)
      const sourceLink = entry.locator(`a[href="${source.url}"]`)
      expect({ fact: fact.title, sourceLinks: await sourceLink.count() }).toEqual({ fact: fact.title, sourceLinks: 1 })
      expect(normaliseSpace(await sourceLink.innerText())).toBe(normaliseSpace(source.title))
    }

    // The donor count, formatted the locale's way (318,628 / 318 628).
    const donors = facts.find((fact) => fact.valueNumber === 318628)
    expect(donors).toBeDefined()
    expect(await visibleText(page, 'main')).toContain(locale === 'en' ? '318,628' : '318 628')
  })

  test('shows each dated series as a server-rendered chart with the numbers in a table, and its source', async () => {
    const content = await seededContent()
    const janus = janusSection(content, locale)
    const seriesFacts = content.biobankFacts[locale].filter((fact) => relationId(fact.section) === janus.id && typeof fact.series === 'string' && fact.series)
    const series = new Map<string, CmsDocument[]>()
    for (const fact of seriesFacts) series.set(String(fact.series), [...(series.get(String(fact.series)) ?? []), fact])
    expect(series.size).toBeGreaterThan(0)

    // No JavaScript: the chart and the table must come in the server's HTML.
    await site.withContext({ javaScriptEnabled: false }, async (noScript) => {
      const page = await noScript.newPage()
      const response = await page.goto(sectionPath(content, locale, janus))
      expect(response?.status()).toBe(200)
      for (const [key, points] of series) {
        expect(points.length).toBeGreaterThan(1)
        // One table holds every point of the series.
        const tableTexts = (await page.locator('main table').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).innerText))).map(normaliseSpace)
        const table = tableTexts.find((text) => points.every((point) => text.includes(expectedNumber(Number(point.valueNumber), locale))))
        expect({ series: key, tableFound: table !== undefined }).toEqual({ series: key, tableFound: true })
        for (const point of points) {
          const row = page.locator('main table tr', { hasText: expectedDate(String(point.asOfDate), locale) })
          expect({ series: key, date: point.asOfDate, rows: (await row.count()) > 0 }).toEqual({ series: key, date: point.asOfDate, rows: true })
          expect(normaliseSpace(await row.first().innerText())).toContain(expectedNumber(Number(point.valueNumber), locale))
        }
        // The chart is an SVG picture of the same numbers, with a text alternative.
        const figure = page.locator('main figure', { has: page.locator('table') }).filter({ hasText: expectedNumber(Number(points[0]?.valueNumber), locale) })
        expect(await figure.locator('svg[role="img"][aria-label]').count()).toBe(1)
        expect(await figure.locator('svg rect').count()).toBeGreaterThanOrEqual(points.length)
        const newest = [...points].sort((a, b) => String(a.asOfDate).localeCompare(String(b.asOfDate))).at(-1)
        if (!newest) throw new Error('empty series')
        expect(await page.locator(`main a[href="${sourceOf(newest).url}"]`).count()).toBeGreaterThan(0)
      }
    })
  })
})
