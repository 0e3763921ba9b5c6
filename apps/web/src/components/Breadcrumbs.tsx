import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

export interface Crumb {
  label: string
  href: string
}

/** Where the page sits: links to each level above, the current page last (not a link). */
export function Breadcrumbs({ locale, trail, current }: { locale: Locale; trail: Crumb[]; current: string }) {
  return (
    <nav aria-label={messages(locale).breadcrumbs} className="breadcrumbs">
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  )
}
