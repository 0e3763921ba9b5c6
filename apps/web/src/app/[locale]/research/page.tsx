import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { DocumentIntro } from '@/components/DocumentIntro'
import { PageTop } from '@/components/PageTop'
import { RichText } from '@/components/rich-text/RichText'
import { langOf } from '@/lib/data/translation'
import { Teaser } from '@/components/Teaser'
import { fixedAlternates } from '@/lib/alternates'
import { getResearchOverview } from '@/lib/data/researchOverview'
import { messages } from '@/lib/i18n'
import { departmentHref, sectionHref } from '@/lib/links'
import { isLocale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { LocaleParams, RouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

const alternates = fixedAlternates(paths.research)

export async function generateMetadata({ params }: RouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { overview, translation } = await getResearchOverview(locale)
  return pageMetadata({ locale, title: overview.title, description: overview.lead, alternates, translated: translation.translated })
}

/** "Departments and researchers": the research goals and every department with its sections. */
export default async function ResearchOverviewPage({ params }: RouteProps<LocaleParams>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const { overview, departments, translation } = await getResearchOverview(locale)
  return (
    <>
      <PageTop locale={locale} alternates={alternates} trail={[{ label: m.home, href: paths.home(locale) }]} current={overview.title} />
      <DocumentIntro locale={locale} title={overview.title} lead={overview.lead} lastUpdated={overview.lastUpdated} pageHref={alternates[locale]} translation={translation} />
      {overview.goals && overview.goals.length > 0 ? (
        <section className="goals" aria-labelledby="goals-heading">
          <h2 id="goals-heading">{m.researchGoals}</h2>
          <ul>
            {overview.goals.map((goal, index) => (
              <li key={goal.id ?? index}>{goal.goal}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <RichText locale={locale} data={overview.body} lang={langOf(translation, 'body')} />
      <section aria-labelledby="departments-heading">
        <h2 id="departments-heading" className="visually-hidden">
          {m.departmentsAndSections}
        </h2>
        {departments.map(({ department, sections }) => (
          <section key={department.id} className="department-block" aria-labelledby={`department-${department.id}`}>
            <h2 id={`department-${department.id}`}>
              <a href={departmentHref(locale, department)}>{department.title}</a>
            </h2>
            {department.lead ? <p>{department.lead}</p> : null}
            {sections.length > 0 ? (
              <ul className="card-grid" aria-label={`${m.sections}: ${department.title}`}>
                {sections.map((section) => (
                  <li key={section.id}>
                    <Teaser href={sectionHref(locale, { ...section, department }) ?? departmentHref(locale, department)} title={section.title} lead={section.lead} />
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </section>
    </>
  )
}
