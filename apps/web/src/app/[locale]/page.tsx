import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd'
import { KeyFigureCharts } from '@/components/KeyFigureCharts'
import { PageTop } from '@/components/PageTop'
import { Teaser } from '@/components/Teaser'
import { fixedAlternates } from '@/lib/alternates'
import { cms } from '@/lib/cms'
import { getKeyFigures } from '@/lib/data/keyFigures'
import { getResearchOverview } from '@/lib/data/researchOverview'
import { formatYearRange } from '@/lib/format'
import { messages, projectStatusText } from '@/lib/i18n'
import { departmentHref } from '@/lib/links'
import { isLocale } from '@/lib/locales'
import { organizationJsonLd } from '@/lib/jsonLd'
import { pageMetadata } from '@/lib/metadata'
import type { LocaleParams, RouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

const alternates = fixedAlternates(paths.home)

export async function generateMetadata({ params }: RouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  return { ...pageMetadata({ locale, title: m.siteTagline, description: m.homeIntro, alternates }), title: { absolute: m.siteTagline } }
}

/** Home: what the registry researches, its departments, ongoing projects and key figures. */
export default async function HomePage({ params }: RouteProps<LocaleParams>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const [{ overview, departments }, ongoing, figures] = await Promise.all([
    getResearchOverview(locale),
    cms.projects.list({ status: 'ongoing' }, { locale, limit: 3, depth: 0 }),
    getKeyFigures(locale),
  ])
  return (
    <>
      <JsonLd data={organizationJsonLd(locale)} />
      <PageTop locale={locale} alternates={alternates} />
      <h1>{m.siteTagline}</h1>
      <p className="lead">{m.homeIntro}</p>
      <p>
        <a href={paths.research(locale)} className="button">
          {m.explore}: {overview.title}
        </a>
      </p>
      <section aria-labelledby="home-departments">
        <h2 id="home-departments">{m.departments}</h2>
        <ul className="card-grid">
          {departments.map(({ department }) => (
            <li key={department.id}>
              <Teaser href={departmentHref(locale, department)} title={department.title} lead={department.lead} />
            </li>
          ))}
        </ul>
      </section>
      {ongoing.docs.length > 0 ? (
        <section aria-labelledby="home-projects">
          <h2 id="home-projects">{m.latestProjects}</h2>
          <ul className="card-grid">
            {ongoing.docs.map((project) => (
              <li key={project.id}>
                <Teaser
                  href={paths.project(locale, project.slug)}
                  title={project.title}
                  lead={project.lead}
                  meta={[projectStatusText(project, locale), formatYearRange(project.startYear, project.endYear)].filter(Boolean).join(' · ')}
                />
              </li>
            ))}
          </ul>
          <p>
            <a href={paths.projects(locale)}>{m.allProjects}</a>
          </p>
        </section>
      ) : null}
      {figures.series.length > 0 ? (
        <section aria-labelledby="home-figures">
          <h2 id="home-figures">{m.keyFigures}</h2>
          <KeyFigureCharts locale={locale} data={{ series: figures.series.slice(0, 1), single: [] }} />
          <p>
            <a href={paths.keyFigures(locale)}>{m.keyFigures}</a>
          </p>
        </section>
      ) : null}
    </>
  )
}
