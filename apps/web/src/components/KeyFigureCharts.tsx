import type { KeyFigure } from '@crn/content-types'

import type { KeyFiguresData } from '@/lib/data/keyFigures'
import { formatNumber } from '@/lib/format'
import type { Locale } from '@/lib/locales'

import { FigureProvenance } from './FigureProvenance'
import { SeriesChart } from './SeriesChart'

/** A series' title: its newest figure's title without a trailing year ("New cancer cases 2023" → "New cancer cases"). */
export function seriesTitle(figures: KeyFigure[]): string {
  const newest = figures[figures.length - 1]
  return (newest?.title ?? '').replace(/[\s,–-]*\(?\d{4}(?:[–-]\d{4})?\)?$/, '').trim() || (newest?.title ?? '')
}

/** Key figures: one chart (with table) per series, then single figures, each with year and source. */
export function KeyFigureCharts({ locale, data }: { locale: Locale; data: KeyFiguresData }) {
  return (
    <>
      {data.series.map(({ key, figures }) => {
        const newest = figures[figures.length - 1]
        return (
          <div key={key}>
            <SeriesChart
              locale={locale}
              id={`series-${key}`}
              title={seriesTitle(figures)}
              unit={newest?.unit}
              points={figures.map((figure) => ({ label: figure.period ?? String(figure.referenceYear), dateTime: String(figure.referenceYear), value: figure.value }))}
            />
            {newest ? (
              <p className="fact-meta">
                <FigureProvenance locale={locale} figure={newest} dated={false} />
              </p>
            ) : null}
          </div>
        )
      })}
      {data.single.length > 0 ? (
        <dl className="fact-list">
          {data.single.map((figure) => (
            <div key={figure.id} className="fact">
              <dt>{figure.title}</dt>
              <dd className="fact-value">
                {formatNumber(figure.value, locale)}
                {figure.unit ? ` ${figure.unit}` : ''}
              </dd>
              <dd className="fact-meta">
                {figure.period ?? figure.referenceYear} · <FigureProvenance locale={locale} figure={figure} dated={false} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  )
}
