import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageTop } from '@/components/PageTop'
import { fixedAlternates } from '@/lib/alternates'
import { accessibilityStatement } from '@/lib/accessibilityStatement'
import { messages } from '@/lib/i18n'
import { isLocale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { LocaleParams, RouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

const alternates = fixedAlternates(paths.accessibility)

export async function generateMetadata({ params }: RouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return pageMetadata({ locale, title: messages(locale).accessibility, alternates })
}

/** Tilgjengelighetserklæring / accessibility statement (required of Norwegian public bodies). */
export default async function AccessibilityStatementPage({ params }: RouteProps<LocaleParams>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const statement = accessibilityStatement[locale]
  return (
    <article className="prose">
      <PageTop locale={locale} alternates={alternates} trail={[{ label: m.home, href: paths.home(locale) }]} current={m.accessibility} />
      <h1>{m.accessibility}</h1>
      <p className="lead">{statement.intro}</p>
      {statement.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.list ? (
            <ul>
              {section.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <p>
        <a href={statement.uuTilsynUrl}>{statement.uuTilsynLabel}</a>
      </p>
    </article>
  )
}
