import type { KeyFigure } from '@crn/content-types'

import { cms } from '../cms'
import type { Locale } from '../locales'

/** Key figures grouped by series (charts), plus the figures without a series. */
export interface KeyFiguresData {
  series: { key: string; figures: KeyFigure[] }[]
  single: KeyFigure[]
}

/** National key figures; a series of one figure is shown as a single figure. */
export async function getKeyFigures(locale: Locale): Promise<KeyFiguresData> {
  // depth 1: each figure's source (title, URL, publisher) for its citation.
  const groups = await cms.keyFigures.bySeries({ locale, depth: 1 })
  const series: KeyFiguresData['series'] = []
  const single: KeyFigure[] = []
  for (const [key, figures] of groups) {
    // Figures for women and men in one series are separate lines of numbers: one chart each.
    const bySex = new Map<string, KeyFigure[]>()
    for (const figure of figures) bySex.set(figure.sex ?? 'all', [...(bySex.get(figure.sex ?? 'all') ?? []), figure])
    for (const [sex, ofSex] of bySex) {
      if (key !== '' && ofSex.length > 1) series.push({ key: sex === 'all' ? key : `${key}-${sex}`, figures: ofSex })
      else single.push(...ofSex)
    }
  }
  return { series, single }
}
