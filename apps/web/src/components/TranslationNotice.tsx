import type { Translation } from '@/lib/data/translation'
import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

/** "This page is not yet translated into English; some of the text is in Norwegian." */
export function TranslationNotice({ locale, translation }: { locale: Locale; translation: Translation }) {
  if (!translation.fallbackLang) return null
  return (
    <p className="translation-notice" role="note">
      {messages(locale).notTranslated}
    </p>
  )
}
