import type { Department, ResearchOverview, Section } from '@crn/content-types'

import { cms } from '../cms'
import { populated } from '../links'
import type { Locale } from '../locales'
import { globalTranslationOf, type Translation } from './translation'
import { oncePerRender } from './oncePerRender'

export interface DepartmentWithSections {
  department: Department
  sections: Section[]
}

export interface ResearchOverviewData {
  overview: ResearchOverview
  departments: DepartmentWithSections[]
  translation: Translation
}

/** The "Departments and researchers" page: the overview global and every department with its sections. */
export const getResearchOverview = oncePerRender(async function getResearchOverview(locale: Locale): Promise<ResearchOverviewData> {
  const [overview, departments] = await Promise.all([
    cms.globals.researchOverview({ locale }),
    cms.departments.listWithSections({ locale, depth: 1 }),
  ])
  return {
    overview,
    translation: await globalTranslationOf(overview, locale),
    departments: departments.map((department) => ({
      department,
      sections: (department.sections?.docs ?? []).flatMap((section) => populated(section) ?? []),
    })),
  }
})
