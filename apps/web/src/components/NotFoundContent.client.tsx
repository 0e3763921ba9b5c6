'use client'

import { useParams } from 'next/navigation'

import { messages } from '@/lib/i18n'
import { isLocale, type Locale } from '@/lib/locales'
import { paths } from '@/lib/routes'

/**
 * The 404 text in the page's language. `not-found.tsx` receives no params, so the locale is read
 * from the URL's route params (available during server rendering too).
 */
export function NotFoundContent() {
  const params = useParams<{ locale?: string }>()
  const locale: Locale = isLocale(params.locale) ? params.locale : 'nb'
  const m = messages(locale)
  return (
    <div className="prose">
      <h1>{m.notFoundTitle}</h1>
      <p>{m.notFoundText}</p>
      <ul className="plain-list">
        <li>
          <a href={paths.home(locale)}>{m.goHome}</a>
        </li>
        <li>
          <a href={paths.research(locale)}>{m.goResearch}</a>
        </li>
        <li>
          <a href={paths.search(locale)}>{m.search}</a>
        </li>
      </ul>
    </div>
  )
}
