import type { NavLink } from '@/lib/data/navigation'
import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/routes'

/** Logo, main menu (from the CMS's navigation global) and a search field. */
export function SiteHeader({ locale, navigation }: { locale: Locale; navigation: NavLink[] }) {
  const m = messages(locale)
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href={paths.home(locale)} className="site-logo">
          <span className="site-logo-mark" aria-hidden="true" />
          <span className="site-logo-text">
            <span className="site-name">{m.siteName}</span>
            <span className="site-tagline">{m.siteTagline}</span>
          </span>
        </a>
        <form role="search" action={paths.search(locale)} method="get" className="header-search">
          <label htmlFor="header-search-input" className="visually-hidden">
            {m.searchLabel}
          </label>
          <input id="header-search-input" type="search" name="q" autoComplete="off" minLength={2} maxLength={100} />
          <button type="submit">{m.searchButton}</button>
        </form>
      </div>
      <nav aria-label={m.mainNavigation} className="main-nav">
        <ul>
          {navigation.map((item) => (
            <li key={`${item.href}-${item.label}`}>
              <a href={item.href}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
