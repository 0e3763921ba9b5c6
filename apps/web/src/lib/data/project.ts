import type { Person, Project, ScreeningProgramme, Section } from '@crn/content-types'

import type { Alternates } from '../alternates'
import { cms } from '../cms'
import { populated } from '../links'
import type { Locale } from '../locales'
import { paths } from '../routes'
import { orNotFound } from './notFound'
import { type Translation, translationOf } from './translation'
import { oncePerRender } from './oncePerRender'

export interface ProjectPageData {
  project: Project
  sections: Section[]
  screeningProgramme: ScreeningProgramme | undefined
  manager: Person | undefined
  participants: Person[]
  alternates: Alternates
  translation: Translation
}

/** A project page with its sections (departments populated, for links), people and both addresses. */
export const getProjectPage = oncePerRender(async function getProjectPage(locale: Locale, slug: string): Promise<ProjectPageData> {
  // Depth 2: a section's link needs its department's slug.
  const project = await orNotFound(cms.projects.findBySlug(slug, { locale, depth: 2 }))
  const slugs = await cms.projects.findSlugs(project.id)
  const manager = populated(project.projectManager)
  return {
    project,
    sections: (project.sections ?? []).flatMap((section) => populated(section) ?? []),
    screeningProgramme: populated(project.screeningProgramme),
    manager,
    participants: (project.participants ?? []).flatMap((person) => populated(person) ?? []).filter((person) => person.id !== manager?.id),
    translation: await translationOf('projects', project, locale),
    alternates: { nb: paths.project('nb', slugs.nb ?? project.slug), en: paths.project('en', slugs.en ?? slugs.nb ?? project.slug) },
  }
})
