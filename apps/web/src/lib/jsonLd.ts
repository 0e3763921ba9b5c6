import type { Project } from '@crn/content-types'

import { messages, projectStatusText } from './i18n'
import { LANGUAGE_TAG, type Locale } from './locales'
import { absoluteUrl } from './metadata'

type JsonLdObject = { '@context': 'https://schema.org'; '@type': string; [key: string]: unknown }

/** The registry as a schema.org Organization (home page). */
export function organizationJsonLd(locale: Locale): JsonLdObject {
  const m = messages(locale)
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: m.organisationName,
    alternateName: locale === 'nb' ? 'Cancer Registry of Norway' : 'Kreftregisteret',
    url: absoluteUrl(`/${locale}`),
    foundingDate: '1951',
    parentOrganization: { '@type': 'GovernmentOrganization', name: locale === 'nb' ? 'Folkehelseinstituttet' : 'Norwegian Institute of Public Health' },
  }
}

/** A project as schema.org ResearchProject. */
export function researchProjectJsonLd(locale: Locale, project: Project, path: string): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'ResearchProject',
    name: project.title,
    alternateName: project.acronym ?? undefined,
    description: project.lead ?? undefined,
    url: absoluteUrl(path),
    inLanguage: LANGUAGE_TAG[locale],
    foundingDate: project.startYear ? String(project.startYear) : undefined,
    // Only a completion a source confirms ends the project in machine-readable data.
    dissolutionDate: project.endYear && project.status === 'completed' && project.statusBasis?.confirmed ? String(project.endYear) : undefined,
    // The status as readers see it, with "status not confirmed" when no source confirms it.
    additionalProperty: { '@type': 'PropertyValue', name: messages(locale).status, value: projectStatusText(project, locale) },
    dateModified: project.lastUpdated,
    parentOrganization: { '@type': 'Organization', name: messages(locale).organisationName },
    funder: (project.funding ?? []).map((funding) => ({ '@type': 'Organization', name: funding.funder })),
  }
}

/** A biobank (the Janus Serum Bank) as a schema.org Dataset. */
export function datasetJsonLd(
  locale: Locale,
  dataset: { name: string; description?: string | null; path: string; lastUpdated?: string | null; keywords?: string[]; variables?: string[] },
): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.name,
    description: dataset.description ?? dataset.name,
    url: absoluteUrl(dataset.path),
    inLanguage: LANGUAGE_TAG[locale],
    dateModified: dataset.lastUpdated ?? undefined,
    keywords: dataset.keywords,
    variableMeasured: dataset.variables,
    creator: { '@type': 'Organization', name: messages(locale).organisationName },
    isAccessibleForFree: false,
  }
}

/** Serialises JSON-LD for a <script> tag: `<` is escaped so content cannot close the tag. */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
