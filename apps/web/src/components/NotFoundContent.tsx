import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/routes'

/** The 404 text in the page's language, with the ways back into the site. */
export function NotFoundContent({ locale }: { locale: Locale }) {
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
