import { LastUpdated } from '@/components/LastUpdated'
import { TranslationNotice } from '@/components/TranslationNotice'
import { langOf, type Translation } from '@/lib/data/translation'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/routes'

type DocumentIntroProps = {
  locale: Locale
  title: string
  lead?: string | null
  lastUpdated?: string | null
  /** The page's own address in this locale: its public change history lives under it. */
  pageHref: string
  /** Which text is not yet translated (marked with its language, and announced). */
  translation: Translation
}

/** The opening every content page shares: the page's one h1, its lead (ingress) and "Last updated" with its change history. */
export function DocumentIntro({ locale, title, lead, lastUpdated, pageHref, translation }: DocumentIntroProps) {
  return (
    <>
      <h1 lang={langOf(translation, 'title')}>{title}</h1>
      <TranslationNotice locale={locale} translation={translation} />
      {lead ? (
        <p className="lead" lang={langOf(translation, 'lead')}>
          {lead}
        </p>
      ) : null}
      <LastUpdated locale={locale} date={lastUpdated} historyHref={paths.changeHistory(locale, pageHref)} />
    </>
  )
}
