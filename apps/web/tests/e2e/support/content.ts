import { cmsApi, type CmsDocument, type Locale, publishedDocuments, relationId } from './cms'

export const LOCALES: readonly Locale[] = ['nb', 'en']
export const otherLocale = (locale: Locale): Locale => (locale === 'nb' ? 'en' : 'nb')

/**
 * The site's public addresses, as the URL design fixes them (contract routes from TEAM.md plus
 * the site's documented scheme). Document slugs come from the CMS, per locale.
 */
const WORDS = {
  research: { nb: 'forskning', en: 'research' },
  projects: { nb: 'prosjekter', en: 'projects' },
  screening: { nb: 'screeningprogrammer', en: 'screening-programmes' },
  search: { nb: 'sok', en: 'search' },
  keyFigures: { nb: 'nokkeltall', en: 'key-figures' },
  accessibility: { nb: 'tilgjengelighetserklaering', en: 'accessibility-statement' },
  changeHistory: { nb: 'endringslogg', en: 'change-history' },
} as const

export const sitePaths = {
  home: (locale: Locale) => `/${locale}`,
  research: (locale: Locale) => `/${locale}/${WORDS.research[locale]}`,
  projects: (locale: Locale) => `/${locale}/${WORDS.research[locale]}/${WORDS.projects[locale]}`,
  project: (locale: Locale, slug: string) => `${sitePaths.projects(locale)}/${slug}`,
  department: (locale: Locale, slug: string) => `${sitePaths.research(locale)}/${slug}`,
  section: (locale: Locale, departmentSlug: string, slug: string) => `${sitePaths.department(locale, departmentSlug)}/${slug}`,
  screeningProgrammes: (locale: Locale) => `/${locale}/${WORDS.screening[locale]}`,
  screeningProgramme: (locale: Locale, slug: string) => `${sitePaths.screeningProgrammes(locale)}/${slug}`,
  search: (locale: Locale, query?: string) => `/${locale}/${WORDS.search[locale]}${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`,
  accessibility: (locale: Locale) => `/${locale}/${WORDS.accessibility[locale]}`,
  keyFigures: (locale: Locale) => `/${locale}/${WORDS.keyFigures[locale]}`,
  /** A page's change history, under the page's own address (`pagePath` in the same locale). */
  changeHistory: (locale: Locale, pagePath: string) => `${pagePath}/${WORDS.changeHistory[locale]}`,
}

type PerLocale<T> = Record<Locale, T>

/** The published content of the seeded CMS, per locale, read over its REST API. */
export interface SeededContent {
  overview: PerLocale<{ title: string; goals: string[] }>
  departments: PerLocale<CmsDocument[]>
  sections: PerLocale<CmsDocument[]>
  projects: PerLocale<CmsDocument[]>
  screeningProgrammes: PerLocale<CmsDocument[]>
  biobankFacts: PerLocale<CmsDocument[]>
}

let loading: Promise<SeededContent> | undefined

interface OverviewGlobal {
  title: string
  goals?: { goal: string }[] | null
}

async function loadForLocale(locale: Locale) {
  const [overview, departments, sections, projects, screeningProgrammes, biobankFacts] = await Promise.all([
    cmsApi<OverviewGlobal>(`/globals/research-overview?locale=${locale}&depth=0`),
    publishedDocuments('departments', locale),
    publishedDocuments('sections', locale),
    publishedDocuments('projects', locale),
    publishedDocuments('screening-programmes', locale),
    // depth 1: each fact's source document (title, URL) as the page cites it.
    publishedDocuments('biobank-facts', locale, 1),
  ])
  return {
    overview: { title: overview.title, goals: (overview.goals ?? []).map((entry) => entry.goal) },
    departments,
    sections,
    projects,
    screeningProgrammes,
    biobankFacts,
  }
}

/** Reads (once per spec file) what the seeded CMS publishes in both locales. */
export function seededContent(): Promise<SeededContent> {
  loading ??= Promise.all([loadForLocale('nb'), loadForLocale('en')]).then(([nb, en]) => ({
    overview: { nb: nb.overview, en: en.overview },
    departments: { nb: nb.departments, en: en.departments },
    sections: { nb: nb.sections, en: en.sections },
    projects: { nb: nb.projects, en: en.projects },
    screeningProgrammes: { nb: nb.screeningProgrammes, en: en.screeningProgrammes },
    biobankFacts: { nb: nb.biobankFacts, en: en.biobankFacts },
  }))
  return loading
}

/** The same document in `locale` (documents are matched by id across locales). */
export function inLocale(documents: PerLocale<CmsDocument[]>, locale: Locale, id: CmsDocument['id']): CmsDocument {
  const found = documents[locale].find((doc) => doc.id === id)
  if (!found) throw new Error(`Document ${String(id)} is not published in ${locale}`)
  return found
}

/** The public path of a section in `locale` (its department's slug in that locale, then its own). */
export function sectionPath(content: SeededContent, locale: Locale, section: CmsDocument): string {
  const departmentId = relationId(section.department)
  if (departmentId === undefined) throw new Error(`Section ${section.slug} has no department`)
  const department = inLocale(content.departments, locale, departmentId)
  return sitePaths.section(locale, department.slug, inLocale(content.sections, locale, section.id).slug)
}

/** The sections of a department, in a locale. */
export function sectionsOf(content: SeededContent, locale: Locale, departmentId: CmsDocument['id']): CmsDocument[] {
  return content.sections[locale].filter((section) => relationId(section.department) === departmentId)
}

/** The projects that belong to a section (by the projects' `sections` relationship). */
export function projectsOf(content: SeededContent, locale: Locale, sectionId: CmsDocument['id']): CmsDocument[] {
  return content.projects[locale].filter(
    (project) => Array.isArray(project.sections) && project.sections.some((ref) => relationId(ref) === sectionId),
  )
}

/** The Janus Serum Bank section: the section the seeded biobank facts belong to. */
export function janusSection(content: SeededContent, locale: Locale): CmsDocument {
  const sectionIds = new Set(content.biobankFacts[locale].map((fact) => relationId(fact.section)))
  const candidates = content.sections[locale].filter((section) => sectionIds.has(section.id))
  const janus = candidates.find((section) => /janus/i.test(section.title)) ?? candidates[0]
  if (!janus) throw new Error('No section with biobank facts is published (the Janus Serum Bank is missing from the seed)')
  return janus
}

/** Reads a global or other REST resource anonymously (re-exported for specs). */
export { cmsApi }
