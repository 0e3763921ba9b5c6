import { formatNumber } from '@/lib/format'
import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

export interface SeriesPoint {
  /** Axis label, e.g. "2019" or a formatted date. */
  label: string
  /** Machine-readable label for <time>, e.g. "2019" or "2019-12-31". */
  dateTime?: string
  value: number
}

const WIDTH = 640
const HEIGHT = 280
const MARGIN = { top: 28, right: 12, bottom: 36, left: 12 }

/**
 * A bar chart drawn on the server as SVG (no JavaScript needed), followed by the same numbers
 * in a table — the table is the accessible source; the chart is a picture of it.
 */
export function SeriesChart({ locale, title, points, unit, id }: { locale: Locale; title: string; points: SeriesPoint[]; unit?: string | null; id: string }) {
  if (points.length === 0) return null
  const m = messages(locale)
  const max = Math.max(...points.map((point) => point.value), 1)
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const slot = plotWidth / points.length
  const barWidth = Math.min(72, slot * 0.7)
  const first = points[0]
  const last = points[points.length - 1]
  const summary =
    first && last
      ? `${title}: ${formatNumber(first.value, locale)} (${first.label}) – ${formatNumber(last.value, locale)} (${last.label})${unit ? ` ${unit}` : ''}`
      : title
  return (
    <figure className="series" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="series-caption">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={m.chartOf(summary)} className="series-chart" preserveAspectRatio="xMidYMid meet">
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} className="axis" />
        {points.map((point, index) => {
          const height = (point.value / max) * plotHeight
          const x = MARGIN.left + slot * index + (slot - barWidth) / 2
          const y = HEIGHT - MARGIN.bottom - height
          return (
            <g key={`${point.label}-${index}`}>
              <rect x={x} y={y} width={barWidth} height={height} className="bar" />
              <text x={x + barWidth / 2} y={y - 8} textAnchor="middle" className="bar-value">
                {formatNumber(point.value, locale)}
              </text>
              <text x={x + barWidth / 2} y={HEIGHT - MARGIN.bottom + 22} textAnchor="middle" className="bar-label">
                {point.label}
              </text>
            </g>
          )
        })}
      </svg>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{m.tableOf(title)}</caption>
          <thead>
            <tr>
              <th scope="col">{points.some((point) => point.dateTime && point.dateTime.length > 4) ? m.date : m.year}</th>
              <th scope="col" className="numeric">
                {unit ? `${m.value} (${unit})` : m.value}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={`${point.label}-${index}`}>
                <th scope="row">{point.dateTime ? <time dateTime={point.dateTime}>{point.label}</time> : point.label}</th>
                <td className="numeric">{formatNumber(point.value, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
