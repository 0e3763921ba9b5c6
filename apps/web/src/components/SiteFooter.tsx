import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/routes'

/** Footer: who runs the site and the fixed pages every public body must link to. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const m = messages(locale)
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          <strong>{m.organisationName}</strong>
        </p>
        <p>{m.footerAbout}</p>
        <ul className="footer-links">
          <li>
            <a href={paths.research(locale)}>{m.research}</a>
          </li>
          <li>
            <a href={paths.keyFigures(locale)}>{m.keyFigures}</a>
          </li>
          <li>
            <a href={paths.screeningProgrammes(locale)}>{m.screeningProgrammes}</a>
          </li>
          <li>
            <a href={paths.accessibility(locale)}>{m.accessibility}</a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
