import type { Alternates } from '@/lib/alternates'
import { messages } from '@/lib/i18n'
import { LANGUAGE_TAG, type Locale } from '@/lib/locales'

/** A link to the same document in the other language (its own slug there, not a translated one). */
export function LanguageSwitcher({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const other: Locale = locale === 'nb' ? 'en' : 'nb'
  return (
    <p className="language-switcher">
      <a href={alternates[other]} hrefLang={LANGUAGE_TAG[other]} lang={LANGUAGE_TAG[other]} data-testid="language-switcher">
        {messages(locale).languageSwitch}
      </a>
    </p>
  )
}
