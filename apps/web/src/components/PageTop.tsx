import type { Alternates } from '@/lib/alternates'
import type { Locale } from '@/lib/locales'

import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { LanguageSwitcher } from './LanguageSwitcher'

/** The bar above a page's heading: breadcrumbs (when the page is below home) and the language switch. */
export function PageTop({ locale, alternates, trail, current }: { locale: Locale; alternates: Alternates; trail?: Crumb[]; current?: string }) {
  return (
    <div className="page-top">
      {trail && current ? <Breadcrumbs locale={locale} trail={trail} current={current} /> : <span />}
      <LanguageSwitcher locale={locale} alternates={alternates} />
    </div>
  )
}
