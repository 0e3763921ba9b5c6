import { p, richText } from '@crn/seed'

import { slugify } from '../../lib/slugify'

/**
 * Deterministic generated content for the large data set (`npm run seed:large`): project and
 * person documents in both languages that look like the registry's own (cancer sites, study
 * designs, registry vocabulary), so indexes, search and sitemaps are measured on realistic text.
 * The same number always yields the same document, which makes the seed idempotent.
 */

/** Seed keys of generated documents start with this (how `--remove` finds them). */
export const LARGE_SEED_PREFIX = 'large:'

const SITES: [nb: string, en: string][] = [
  ['brystkreft', 'breast cancer'],
  ['tykk- og endetarmskreft', 'colorectal cancer'],
  ['livmorhalskreft', 'cervical cancer'],
  ['prostatakreft', 'prostate cancer'],
  ['lungekreft', 'lung cancer'],
  ['føflekkreft', 'melanoma'],
  ['leukemi hos barn', 'childhood leukaemia'],
  ['testikkelkreft', 'testicular cancer'],
  ['bukspyttkjertelkreft', 'pancreatic cancer'],
  ['eggstokkreft', 'ovarian cancer'],
  ['blærekreft', 'bladder cancer'],
  ['hjernesvulster', 'brain tumours'],
]

const DESIGNS: [nb: string, en: string][] = [
  ['Registerstudie av', 'Registry study of'],
  ['Kohortstudie av', 'Cohort study of'],
  ['Screeningevaluering for', 'Screening evaluation for'],
  ['Overlevelse etter', 'Survival after'],
  ['Sosial ulikhet i', 'Social inequality in'],
  ['Biobankstudie av', 'Biobank study of'],
  ['Kvalitetsindikatorer for', 'Quality indicators for'],
  ['Risikofaktorer for', 'Risk factors for'],
]

const GROUPS: [nb: string, en: string][] = [
  ['i Norge', 'in Norway'],
  ['blant unge voksne', 'among young adults'],
  ['i Norden', 'in the Nordic countries'],
  ['etter screening', 'after screening'],
  ['hos eldre', 'in older adults'],
  ['i Kreftregisterets data', "in the Cancer Registry's data"],
]

const GIVEN = ['Ingrid', 'Ole', 'Kari', 'Lars', 'Nora', 'Henrik', 'Sofie', 'Magnus', 'Emma', 'Jonas', 'Ida', 'Anders', 'Sara', 'Erik', 'Maja']
const FAMILY = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Berg', 'Haugen']
const ROLES: [nb: string, en: string][] = [
  ['Forsker', 'Researcher'],
  ['Seniorforsker', 'Senior researcher'],
  ['Stipendiat', 'PhD candidate'],
  ['Postdoktor', 'Postdoctoral fellow'],
  ['Statistiker', 'Statistician'],
]
const STATUSES = ['planned', 'ongoing', 'completed'] as const

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T

type Localized = { nb: Record<string, unknown>; en: Record<string, unknown> }

export function largeProjectSeedKey(n: number): string {
  return `${LARGE_SEED_PREFIX}project:${n}`
}

export function largePersonSeedKey(n: number): string {
  return `${LARGE_SEED_PREFIX}person:${n}`
}

/** Generated project number `n` (1-based), in both languages. */
export function largeProject(n: number, relations: { sections: (number | string)[]; people: (number | string)[] }): Localized {
  const site = pick(SITES, n)
  const design = pick(DESIGNS, Math.floor(n / SITES.length))
  const group = pick(GROUPS, Math.floor(n / (SITES.length * DESIGNS.length)))
  const titleNb = `${design[0]} ${site[0]} ${group[0]} (${n})`
  const titleEn = `${design[1]} ${site[1]} ${group[1]} (${n})`
  const startYear = 1995 + (n % 31)
  const status = pick(STATUSES, n)
  const shared = {
    acronym: `CRN-${n}`,
    status,
    startYear,
    endYear: status === 'completed' ? Math.min(startYear + 1 + (n % 6), 2026) : null,
    sections: relations.sections.length ? [pick(relations.sections, n)] : [],
    projectManager: relations.people.length ? pick(relations.people, n) : null,
    participants: relations.people.length ? [pick(relations.people, n + 1), pick(relations.people, n + 7)] : [],
    lastUpdated: new Date(Date.UTC(2020, 0, 1) + (n % 2000) * 86_400_000).toISOString(),
  }
  const leadNb = `Prosjektet bruker Kreftregisterets data og screeningprogrammet til å undersøke ${site[0]} ${group[0]}.`
  const leadEn = `The project uses the Cancer Registry's data and the screening programme to study ${site[1]} ${group[1]}.`
  return {
    nb: {
      ...shared,
      title: titleNb,
      slug: slugify(titleNb),
      lead: leadNb,
      body: richText(p(leadNb), p(`Studien følger personer over tid og sammenligner forekomst, behandling og overlevelse for ${site[0]}.`)),
    },
    en: {
      title: titleEn,
      slug: slugify(titleEn),
      lead: leadEn,
      body: richText(p(leadEn), p(`The study follows people over time and compares incidence, treatment and survival for ${site[1]}.`)),
    },
  }
}

/** Generated person number `n` (1-based), in both languages. */
export function largePerson(n: number, sections: (number | string)[]): Localized {
  const name = `${pick(GIVEN, n)} ${pick(FAMILY, Math.floor(n / GIVEN.length))} ${n}`
  const role = pick(ROLES, n)
  const section = sections.length ? pick(sections, n) : null
  return {
    nb: {
      name,
      title: role[0],
      slug: slugify(name),
      email: `${slugify(name)}@example.org`,
      unit: section === null ? null : { relationTo: 'sections', value: section },
    },
    en: { title: role[1], slug: slugify(name) },
  }
}
