import type { BiobankFact, Department, Person, Project, Section } from '@crn/content-types'
import { notFound } from 'next/navigation'

import type { Alternates } from '../alternates'
import { cms } from '../cms'
import { populated } from '../links'
import type { Locale } from '../locales'
import { paths } from '../routes'
import { orNotFound } from './notFound'
import { type Translation, translationOf } from './translation'
import { contactsOf } from './people'
import { oncePerRender } from './oncePerRender'

export interface SectionPageData {
  section: Section
  department: Department
  /** Facts that stand alone (donors, storage temperature…), in editorial order. */
  facts: BiobankFact[]
  /** Dated series (e.g. cancer cases among donors by year), keyed by series, oldest first. */
  series: Map<string, BiobankFact[]>
  projects: Project[]
  contacts: Person[]
  alternates: Alternates
  translation: Translation
}

/** A section page. The department in the URL must be the section's own (else 404). */
export const getSectionPage = oncePerRender(async function getSectionPage(locale: Locale, departmentSlug: string, slug: string): Promise<SectionPageData> {
  const section = await orNotFound(
    cms.sections.findBySlug(slug, { locale, depth: 1, joins: { projects: { limit: 100, sort: '-startYear' }, biobankFacts: false } }),
  )
  const department = populated(section.department)
  if (!department || department.slug !== departmentSlug) notFound()
  const [facts, sectionSlugs, departmentSlugs] = await Promise.all([
    // depth 1: each fact's source (title, URL, publisher) for its citation.
    cms.biobankFacts.bySection(section.id, { locale, depth: 1 }),
    cms.sections.findSlugs(section.id),
    cms.departments.findSlugs(department.id),
  ])
  const standalone: BiobankFact[] = []
  const series = new Map<string, BiobankFact[]>()
  for (const fact of facts) {
    // Only dated figures form a series over time; an undated one stands alone.
    if (fact.series && typeof fact.valueNumber === 'number' && fact.asOfDate) series.set(fact.series, [...(series.get(fact.series) ?? []), fact])
    else standalone.push(fact)
  }
  for (const [key, points] of series) series.set(key, [...points].sort((a, b) => (a.asOfDate ?? '').localeCompare(b.asOfDate ?? '')))
  const alternate = (target: Locale) =>
    paths.section(target, departmentSlugs[target] ?? departmentSlugs.nb ?? department.slug, sectionSlugs[target] ?? sectionSlugs.nb ?? section.slug)
  return {
    section,
    department,
    facts: standalone,
    series,
    projects: (section.projects?.docs ?? []).flatMap((project) => populated(project) ?? []),
    contacts: contactsOf(section),
    translation: await translationOf('sections', section, locale),
    alternates: { nb: alternate('nb'), en: alternate('en') },
  }
})
