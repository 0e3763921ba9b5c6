import type { Metadata } from 'next'

import { env } from '@/env'

import type { Alternates } from './alternates'
import { messages } from './i18n'
import { LANGUAGE_TAG, type Locale, OG_LOCALE } from './locales'

export interface PageMetadataInput {
  locale: Locale
  title: string
  description?: string | null
  /** Public paths of this page in both locales. */
  alternates: Alternates
  type?: 'website' | 'article'
  /** Search result pages and the like: keep them out of search engines. */
  noIndex?: boolean
  /** Locales the page is really translated into: only these are hreflang alternates (default: both). */
  translated?: readonly Locale[]
}

/** Absolute URL on the site's public origin. */
export const absoluteUrl = (path: string) => `${env.WEB_URL}${path}`

/** Title, description, canonical, hreflang alternates and OpenGraph for one page. */
export function pageMetadata({ locale, title, description, alternates, type = 'website', noIndex = false, translated = ['nb', 'en'] }: PageMetadataInput): Metadata {
  const m = messages(locale)
  const canonical = absoluteUrl(alternates[locale])
  const other: Locale = locale === 'nb' ? 'en' : 'nb'
  return {
    title,
    description: description ?? m.siteTagline,
    alternates: {
      canonical,
      // A locale that would only show the other language's text is no translation: no hreflang for it.
      languages: {
        ...(translated.includes('nb') ? { [LANGUAGE_TAG.nb]: absoluteUrl(alternates.nb) } : {}),
        ...(translated.includes('en') ? { [LANGUAGE_TAG.en]: absoluteUrl(alternates.en) } : {}),
        'x-default': absoluteUrl(alternates[translated.includes('nb') ? 'nb' : (translated[0] ?? 'nb')]),
      },
    },
    openGraph: {
      type,
      title,
      description: description ?? m.siteTagline,
      url: canonical,
      siteName: m.siteName,
      locale: OG_LOCALE[locale],
      alternateLocale: [OG_LOCALE[other]],
    },
    robots: noIndex ? { index: false, follow: true } : undefined,
  }
}
