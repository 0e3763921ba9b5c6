import { type LocalizedValue, PROJECT_STATUSES, type ProjectStatus } from '@crn/content-client'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageTop } from '@/components/PageTop'
import { Pagination } from '@/components/Pagination'
import { projectMeta } from '@/components/ProjectList'
import { Teaser } from '@/components/Teaser'
import { getProjectIndex } from '@/lib/data/projectIndex'
import { messages, statusLabel } from '@/lib/i18n'
import { isLocale, type Locale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { LocaleParams, SearchRouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

type IndexQuery = { status?: ProjectStatus; page?: number }

/** Both languages' addresses of this index page: each filters by the section's slug in its own locale. */
function alternatesFor(query: IndexQuery, sectionSlugs: LocalizedValue<string> | undefined) {
  const build = (locale: Locale) => paths.projects(locale, { ...query, section: sectionSlugs?.[locale] ?? sectionSlugs?.nb })
  return { nb: build('nb'), en: build('en') }
}

// Rendered per request (filters, pages and queries are endless); the CMS reads behind it are
// cached with their tags, so it keeps answering from the data cache while the CMS is down.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: SearchRouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { result, status, section, sectionSlugs } = await getProjectIndex(locale, await searchParams)
  const m = messages(locale)
  const filtered = [status ? statusLabel(status, locale) : null, section?.title].filter(Boolean).join(', ')
  const title = [m.projects, filtered, result.page > 1 ? m.pageOf(result.page, result.totalPages) : null].filter(Boolean).join(' – ')
  return pageMetadata({ locale, title, alternates: alternatesFor({ status, page: result.page }, sectionSlugs), description: m.projectCount(result.totalDocs) })
}

function FilterForm({ locale, status, sectionSlug, sections }: { locale: Locale; status?: string; sectionSlug?: string; sections: { id: string; slug: string; title: string }[] }) {
  const m = messages(locale)
  return (
    <form method="get" action={paths.projects(locale)} className="filters" aria-label={m.filterProjects}>
      <div>
        <label htmlFor="filter-status">{m.status}</label>
        <select id="filter-status" name="status" defaultValue={status ?? ''}>
          <option value="">{m.allStatuses}</option>
          {PROJECT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value, locale)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-section">{m.section}</label>
        <select id="filter-section" name="section" defaultValue={sectionSlug ?? ''}>
          <option value="">{m.allSections}</option>
          {sections.map((section) => (
            <option key={section.id} value={section.slug}>
              {section.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{m.filter}</button>
    </form>
  )
}

/** The project index: filter by status and section, ten per page (`?page=`). */
export default async function ProjectIndexPage({ params, searchParams }: SearchRouteProps<LocaleParams>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const { result, status, section, sectionSlugs, sections } = await getProjectIndex(locale, await searchParams)
  const query = { status, section: section?.slug }
  return (
    <>
      <PageTop
        locale={locale}
        alternates={alternatesFor({ status, page: result.page }, sectionSlugs)}
        trail={[
          { label: m.home, href: paths.home(locale) },
          { label: m.research, href: paths.research(locale) },
        ]}
        current={m.projects}
      />
      <h1>{m.projects}</h1>
      <FilterForm locale={locale} status={status} sectionSlug={section?.slug} sections={sections} />
      <p role="status" className="result-meta">
        {m.projectCount(result.totalDocs)}
        {result.totalPages > 1 ? ` · ${m.pageOf(result.page, result.totalPages)}` : ''}
      </p>
      {result.docs.length === 0 ? (
        <p>{m.noProjects}</p>
      ) : (
        <ul className="card-grid" data-testid="project-list">
          {result.docs.map((project) => (
            <li key={project.id}>
              <Teaser level={2} href={paths.project(locale, project.slug)} title={project.title} lead={project.lead} meta={projectMeta(project, locale)} />
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} page={result.page} totalPages={result.totalPages} href={(page) => paths.projects(locale, { ...query, page })} />
    </>
  )
}
