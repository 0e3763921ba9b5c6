import type { Department, Person, Section } from '@crn/content-types'

import type { Alternates } from '../alternates'
import { cms } from '../cms'
import { populated } from '../links'
import type { Locale } from '../locales'
import { paths } from '../routes'
import { orNotFound } from './notFound'
import { type Translation, translationOf } from './translation'
import { contactsOf } from './people'
import { oncePerRender } from './oncePerRender'

export interface DepartmentPageData {
  department: Department
  sections: Section[]
  contacts: Person[]
  alternates: Alternates
  translation: Translation
}

/** A department page: the department, its sections, its contacts, and its address in both languages. */
export const getDepartmentPage = oncePerRender(async function getDepartmentPage(locale: Locale, slug: string): Promise<DepartmentPageData> {
  const department = await orNotFound(cms.departments.findBySlug(slug, { locale, depth: 1, joins: { sections: { limit: 100, sort: 'order' } } }))
  const slugs = await cms.departments.findSlugs(department.id)
  return {
    department,
    sections: (department.sections?.docs ?? []).flatMap((section) => populated(section) ?? []),
    contacts: contactsOf(department),
    translation: await translationOf('departments', department, locale),
    alternates: {
      nb: paths.department('nb', slugs.nb ?? department.slug),
      en: paths.department('en', slugs.en ?? slugs.nb ?? department.slug),
    },
  }
})
