import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ContactList } from '@/components/ContactList'
import { DocumentIntro } from '@/components/DocumentIntro'
import { PageTop } from '@/components/PageTop'
import { RichText } from '@/components/rich-text/RichText'
import { langOf } from '@/lib/data/translation'
import { SourceList } from '@/components/SourceList'
import { Teaser } from '@/components/Teaser'
import { getDepartmentPage } from '@/lib/data/department'
import { messages } from '@/lib/i18n'
import { populated } from '@/lib/links'
import { isLocale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { RouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

type Params = { locale: string; department: string }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: RouteProps<Params>): Promise<Metadata> {
  const { locale, department: slug } = await params
  if (!isLocale(locale)) notFound()
  const { department, alternates, translation } = await getDepartmentPage(locale, slug)
  return pageMetadata({ locale, title: department.title, description: department.lead, alternates, type: 'article', translated: translation.translated })
}

/** A department: what it researches, its sections and whom to contact. */
export default async function DepartmentPage({ params }: RouteProps<Params>) {
  const { locale, department: slug } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const { department, sections, contacts, alternates, translation } = await getDepartmentPage(locale, slug)
  return (
    <article>
      <PageTop
        locale={locale}
        alternates={alternates}
        trail={[
          { label: m.home, href: paths.home(locale) },
          { label: m.research, href: paths.research(locale) },
        ]}
        current={department.title}
      />
      <DocumentIntro locale={locale} title={department.title} lead={department.lead} lastUpdated={department.lastUpdated} pageHref={alternates[locale]} translation={translation} />
      <RichText locale={locale} data={department.body} lang={langOf(translation, 'body')} />
      {department.researchThemes && department.researchThemes.length > 0 ? (
        <section aria-labelledby="themes-heading">
          <h2 id="themes-heading">{m.researchThemes}</h2>
          <ul>
            {department.researchThemes.map((theme, index) => (
              <li key={theme.id ?? index}>{theme.theme}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {sections.length > 0 ? (
        <section aria-labelledby="sections-heading">
          <h2 id="sections-heading">{m.sections}</h2>
          <ul className="card-grid">
            {sections.map((section) => (
              <li key={section.id}>
                <Teaser href={paths.section(locale, department.slug, section.slug)} title={section.title} lead={section.lead} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ContactList locale={locale} people={contacts} headId={populated(department.head)?.id} />
      <SourceList locale={locale} sources={department.sources} />
    </article>
  )
}
