import type { BiobankFact } from '@crn/content-types'

import { formatNumber } from '@/lib/format'
import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

import { FigureProvenance } from './FigureProvenance'

/** The value of a fact: "318,628 donors", or its text value. */
export function factValue(fact: Pick<BiobankFact, 'valueNumber' | 'valueText' | 'unit'>, locale: Locale): string {
  if (typeof fact.valueNumber === 'number') return `${formatNumber(fact.valueNumber, locale)}${fact.unit ? ` ${fact.unit}` : ''}`
  return fact.valueText ?? ''
}

/** Biobank facts, each with its date (or that the source states none) and source. */
export function FactList({ locale, facts }: { locale: Locale; facts: BiobankFact[] }) {
  if (facts.length === 0) return null
  const m = messages(locale)
  return (
    <section aria-labelledby="facts-heading" className="facts">
      <h2 id="facts-heading">{m.facts}</h2>
      <dl className="fact-list">
        {facts.map((fact) => (
          <div key={fact.id} className="fact">
            <dt>{fact.title}</dt>
            <dd className="fact-value">{factValue(fact, locale)}</dd>
            <dd className="fact-meta">
              <FigureProvenance locale={locale} figure={fact} />
            </dd>
            {fact.note ? <dd className="fact-note">{fact.note}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  )
}
