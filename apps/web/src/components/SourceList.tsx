import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

/** The sources behind a page's content. */
export function SourceList({ locale, sources }: { locale: Locale; sources: { title: string; url: string; id?: string | null }[] | null | undefined }) {
  if (!sources || sources.length === 0) return null
  return (
    <section aria-labelledby="sources-heading" className="sources">
      <h2 id="sources-heading">{messages(locale).sources}</h2>
      <ul>
        {sources.map((source, index) => (
          <li key={source.id ?? index}>
            <a href={source.url}>{source.title}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
