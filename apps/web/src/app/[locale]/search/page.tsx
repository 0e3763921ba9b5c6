import { normaliseSearchQuery } from '@crn/content-client'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageTop } from '@/components/PageTop'
import { projectMeta } from '@/components/ProjectList'
import { Teaser } from '@/components/Teaser'
import { cms } from '@/lib/cms'
import { messages } from '@/lib/i18n'
import { isLocale, type Locale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { LocaleParams, SearchRouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

// Rendered per request (filters, pages and queries are endless); the CMS reads behind it are
// cached with their tags, so it keeps answering from the data cache while the CMS is down.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: SearchRouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = normaliseSearchQuery((await searchParams).q)
  const m = messages(locale)
  return pageMetadata({
    locale,
    title: query ? `${m.search}: ${query}` : m.search,
    alternates: { nb: paths.search('nb', query), en: paths.search('en', query) },
    noIndex: true,
  })
}

function personUnitHref(locale: Locale, unit: Awaited<ReturnType<typeof cms.search>>['people'][number]['unit']): string | undefined {
  if (!unit) return undefined
  if (unit.relationTo === 'departments') return paths.department(locale, unit.value.slug)
  return unit.value.department ? paths.section(locale, unit.value.department.slug, unit.value.slug) : undefined
}

/** Search across departments, sections, projects and people, in the reader's language (published only). */
export default async function SearchPage({ params, searchParams }: SearchRouteProps<LocaleParams>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const query = normaliseSearchQuery((await searchParams).q)
  const results = query ? await cms.search(query, { locale }) : undefined
  return (
    <>
      <PageTop
        locale={locale}
        alternates={{ nb: paths.search('nb', query), en: paths.search('en', query) }}
        trail={[{ label: m.home, href: paths.home(locale) }]}
        current={m.search}
      />
      <h1>{m.search}</h1>
      <form role="search" method="get" action={paths.search(locale)} className="search-form">
        <label htmlFor="search-input">{m.searchLabel}</label>
        <input id="search-input" type="search" name="q" defaultValue={query} maxLength={100} />
        <button type="submit">{m.searchButton}</button>
      </form>
      {results ? (
        <div aria-live="polite">
          <p role="status" className="result-meta">
            {query.length < 2 ? m.searchTooShort : results.total === 0 ? m.noResults : m.searchResultsFor(query, results.total)}
          </p>
          {results.departments.length > 0 ? (
            <section aria-labelledby="results-departments">
              <h2 id="results-departments">{m.departments}</h2>
              <ul className="card-grid">
                {results.departments.map((department) => (
                  <li key={department.id}>
                    <Teaser href={paths.department(locale, department.slug)} title={department.title} lead={department.lead} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {results.sections.length > 0 ? (
            <section aria-labelledby="results-sections">
              <h2 id="results-sections">{m.sections}</h2>
              <ul className="card-grid">
                {results.sections.map((section) => {
                  const href = section.department ? paths.section(locale, section.department.slug, section.slug) : undefined
                  return href ? (
                    <li key={section.id}>
                      <Teaser href={href} title={section.title} lead={section.lead} />
                    </li>
                  ) : null
                })}
              </ul>
            </section>
          ) : null}
          {results.projects.length > 0 ? (
            <section aria-labelledby="results-projects">
              <h2 id="results-projects">{m.projects}</h2>
              <ul className="card-grid">
                {results.projects.map((project) => (
                  <li key={project.id}>
                    <Teaser href={paths.project(locale, project.slug)} title={project.title} lead={project.lead} meta={projectMeta(project, locale)} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {results.people.length > 0 ? (
            <section aria-labelledby="results-people">
              <h2 id="results-people">{m.people}</h2>
              <ul className="contact-list">
                {results.people.map((person) => {
                  const unitHref = personUnitHref(locale, person.unit)
                  return (
                    <li key={person.id} className="contact-card">
                      <p className="contact-name">{person.name}</p>
                      <p className="contact-role">{person.title}</p>
                      {person.unit ? <p>{unitHref ? <a href={unitHref}>{person.unit.value.title}</a> : person.unit.value.title}</p> : null}
                      {person.email ? (
                        <p>
                          <a href={`mailto:${person.email}`}>{person.email}</a>
                        </p>
                      ) : null}
                    </li>
                  )
                })}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
    </>
  )
}
