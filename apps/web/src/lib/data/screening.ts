import type { Person, Project, ScreeningProgramme } from '@crn/content-types'

import type { Alternates } from '../alternates'
import { cms } from '../cms'
import { populated } from '../links'
import type { Locale } from '../locales'
import { paths } from '../routes'
import { orNotFound } from './notFound'
import { type Translation, translationOf } from './translation'
import { contactsOf } from './people'
import { oncePerRender } from './oncePerRender'

/** Every screening programme (the index page). */
export function getScreeningProgrammes(locale: Locale): Promise<ScreeningProgramme[]> {
  return cms.screeningProgrammes.list({ locale, depth: 0 })
}

export interface ScreeningProgrammePageData {
  programme: ScreeningProgramme
  projects: Project[]
  contacts: Person[]
  alternates: Alternates
  translation: Translation
}

/** One screening programme with its research projects and contacts. */
export const getScreeningProgrammePage = oncePerRender(async function getScreeningProgrammePage(locale: Locale, slug: string): Promise<ScreeningProgrammePageData> {
  const programme = await orNotFound(
    cms.screeningProgrammes.findBySlug(slug, { locale, depth: 1, joins: { projects: { limit: 100, sort: '-startYear' } } }),
  )
  const slugs = await cms.screeningProgrammes.findSlugs(programme.id)
  return {
    programme,
    projects: (programme.projects?.docs ?? []).flatMap((project) => populated(project) ?? []),
    contacts: contactsOf(programme),
    translation: await translationOf('screening-programmes', programme, locale),
    alternates: {
      nb: paths.screeningProgramme('nb', slugs.nb ?? programme.slug),
      en: paths.screeningProgramme('en', slugs.en ?? slugs.nb ?? programme.slug),
    },
  }
})
