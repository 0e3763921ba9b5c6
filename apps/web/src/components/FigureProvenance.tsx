import type { Source } from '@crn/content-types'

import { formatDate, isoDate } from '@/lib/format'
import { messages } from '@/lib/i18n'
import { populated, type Ref } from '@/lib/links'
import type { Locale } from '@/lib/locales'

/** The provenance fields a figure carries (fields/provenanceFields in the CMS). */
export type FigureProvenanceFields = {
  source: Ref<Source>
  attribution?: 'stated' | 'inferred' | null
  dateKind?: 'describes' | 'source-date' | 'not-stated' | null
  asOfDate?: string | null
}

/**
 * "As of 31 Dec 2023 · Source: …", "Date not stated in the source · Source: …" or
 * "Source dated 27 Apr 2023 (no counting date given)": the figure's date is never
 * shown more certain than its source, and an inferred source says so.
 */
export function FigureProvenance({ locale, figure, dated = true }: { locale: Locale; figure: FigureProvenanceFields; dated?: boolean }) {
  const m = messages(locale)
  const source = populated(figure.source)
  const date = figure.asOfDate
  return (
    <>
      {dated ? (
        figure.dateKind === 'not-stated' || !date ? (
          <span className="figure-date">{capitalise(m.dateNotStated)}</span>
        ) : figure.dateKind === 'source-date' ? (
          <span className="figure-date">
            {capitalise(m.sourceDated)} <time dateTime={isoDate(date)}>{formatDate(date, locale)}</time> ({m.noCountingDate})
          </span>
        ) : (
          <span className="figure-date">
            {capitalise(m.asOf)} <time dateTime={isoDate(date)}>{formatDate(date, locale)}</time>
          </span>
        )
      ) : null}
      {dated && source ? ' · ' : null}
      {source ? (
        <span className="figure-source">
          {m.source}: <a href={source.url}>{source.title}</a>
          {source.publisher ? ` (${source.publisher})` : null}
          {figure.attribution === 'inferred' ? <span className="figure-caveat"> – {m.attributionInferred}</span> : null}
        </span>
      ) : null}
    </>
  )
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
