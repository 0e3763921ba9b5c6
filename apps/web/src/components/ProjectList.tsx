import type { Project } from '@crn/content-types'

import { formatYearRange } from '@/lib/format'
import { messages, projectStatusText } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'
import { paths } from '@/lib/routes'

import { Teaser } from './Teaser'

/** A meta line for a project: status and years. */
export function projectMeta(project: Pick<Project, 'status' | 'statusBasis' | 'startYear' | 'endYear' | 'acronym'>, locale: Locale): string {
  return [project.acronym, projectStatusText(project, locale), formatYearRange(project.startYear, project.endYear)].filter(Boolean).join(' · ')
}

/** A section of project teasers with an optional link to the filtered index. */
export function ProjectList({ locale, projects, heading, moreHref }: { locale: Locale; projects: Project[]; heading: string; moreHref?: string }) {
  if (projects.length === 0) return null
  const m = messages(locale)
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">{heading}</h2>
      <ul className="card-grid">
        {projects.map((project) => (
          <li key={project.id}>
            <Teaser href={paths.project(locale, project.slug)} title={project.title} lead={project.lead} meta={projectMeta(project, locale)} />
          </li>
        ))}
      </ul>
      {moreHref ? (
        <p>
          <a href={moreHref}>{m.allProjects}</a>
        </p>
      ) : null}
    </section>
  )
}
