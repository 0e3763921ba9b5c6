import '@/app/globals.css'

import { messages } from '@/lib/i18n'
import { LANGUAGE_TAG } from '@/lib/locales'
import { paths } from '@/lib/routes'

/**
 * 404 for addresses outside any locale (e.g. an unknown `/api/…` path), in both languages.
 * Every address under a locale gets its own 404 page (`[locale]/not-found.tsx`).
 */
export default function RootNotFound() {
  const nb = messages('nb')
  const en = messages('en')
  return (
    <html lang={LANGUAGE_TAG.nb}>
      <body>
        <a href="#main" className="skip-link">
          {nb.skipToContent}
        </a>
        <main id="main" tabIndex={-1} className="prose">
          <h1>{nb.notFoundTitle}</h1>
          <p>{nb.notFoundText}</p>
          <p>
            <a href={paths.home('nb')}>{nb.goHome}</a>
          </p>
          <div lang={LANGUAGE_TAG.en}>
            <p>
              {en.notFoundTitle}. {en.notFoundText}
            </p>
            <p>
              <a href={paths.home('en')}>{en.goHome}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  )
}
