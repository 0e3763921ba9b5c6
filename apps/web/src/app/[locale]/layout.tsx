import '../globals.css'

import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { LivePreviewListener } from '@/components/LivePreviewListener.client'
import { getPreviewSession } from '@/app/api/draft/previewSession'
import { env } from '@/env'
import { getNavigation } from '@/lib/data/navigation'
import { messages } from '@/lib/i18n'
import { isLocale, LANGUAGE_TAG } from '@/lib/locales'
import type { LocaleParams, RouteProps } from '@/lib/pageProps'
import { setRequestLocale } from '@/lib/requestLocale'

// Pages are rendered on their first request and cached (ISR); nothing is fetched during
// `next build`, which must succeed with the CMS stopped. Tags refresh them on demand.
export const revalidate = 3600
export const generateStaticParams = () => []

export async function generateMetadata({ params }: RouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const m = messages(locale)
  return {
    metadataBase: new URL(env.WEB_URL),
    title: { default: m.siteName, template: `%s – ${m.siteName}` },
    applicationName: m.siteName,
    icons: { icon: '/favicon.svg' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d5c' }

export default async function LocaleLayout({ children, params }: RouteProps<LocaleParams> & { children: React.ReactNode }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const m = messages(locale)
  const navigation = await getNavigation(locale)
  // Only in an editor's draft session: lets Live Preview refresh the page in place on each save.
  const preview = await getPreviewSession()
  return (
    <html lang={LANGUAGE_TAG[locale]}>
      <body>
        <a href="#main" className="skip-link">
          {m.skipToContent}
        </a>
        <SiteHeader locale={locale} navigation={navigation} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
        {preview ? <LivePreviewListener serverURL={preview.cmsOrigin} /> : null}
      </body>
    </html>
  )
}
