import { createFetcher, type Fetcher, type FetcherOptions } from './fetcher'
import { createGraphQL, type GraphQLRequest } from './graphql'
import { type BiobankFactsResource, createBiobankFacts } from './resources/biobankFacts'
import type { CollectionResource } from './resources/collection'
import { createDepartments, type DepartmentsResource } from './resources/departments'
import { type ChangeHistoryResource, createChangeHistory } from './resources/changeHistory'
import { createGlobals, type GlobalsResource } from './resources/globals'
import { createKeyFigures, type KeyFiguresResource } from './resources/keyFigures'
import { createPeople, type PeopleResource } from './resources/people'
import { createProjects, type ProjectsResource } from './resources/projects'
import { createRedirects, type RedirectsResource } from './resources/redirects'
import { createScreeningProgrammes, type ScreeningProgrammesResource } from './resources/screeningProgrammes'
import { createSearch, type SearchFunction } from './resources/search'
import { createSections, type SectionsResource } from './resources/sections'
import type { ContentCollectionSlug } from './types'

/** Every content collection's generic reads, by collection slug (for code that works across collections). */
export type CollectionResources = { readonly [TSlug in ContentCollectionSlug]: CollectionResource<TSlug> }

/** The typed read client: one property per resource. */
export interface ContentClient {
  departments: DepartmentsResource
  sections: SectionsResource
  projects: ProjectsResource
  biobankFacts: BiobankFactsResource
  screeningProgrammes: ScreeningProgrammesResource
  people: PeopleResource
  keyFigures: KeyFiguresResource
  globals: GlobalsResource
  /** Old addresses of pages whose slug changed. */
  redirects: RedirectsResource
  /** Public change histories of pages (dates and notes). */
  changeHistory: ChangeHistoryResource
  /** The same resources by collection slug: `cms.collections['biobank-facts'].findBySlug(…)`. */
  collections: CollectionResources
  search: SearchFunction
  graphql: GraphQLRequest
  /** The underlying fetch wrapper, for reads the resources do not cover. */
  fetcher: Fetcher
}

export type ContentClientOptions = FetcherOptions

/**
 * Creates a client for the CMS at `options.baseUrl`. Works in Node and browsers (plain fetch).
 * Throws `ContentUsageError` for a bad configuration (e.g. `drafts: true` without a key).
 */
export function createContentClient(options: ContentClientOptions): ContentClient {
  const fetcher = createFetcher(options)
  const graphql = createGraphQL(fetcher)
  const departments = createDepartments(fetcher)
  const sections = createSections(fetcher)
  const projects = createProjects(fetcher)
  const biobankFacts = createBiobankFacts(fetcher)
  const screeningProgrammes = createScreeningProgrammes(fetcher)
  const people = createPeople(fetcher)
  const keyFigures = createKeyFigures(fetcher)
  return {
    departments,
    sections,
    projects,
    biobankFacts,
    screeningProgrammes,
    people,
    keyFigures,
    globals: createGlobals(fetcher),
    redirects: createRedirects(fetcher),
    changeHistory: createChangeHistory(fetcher),
    collections: {
      departments,
      sections,
      projects,
      'biobank-facts': biobankFacts,
      'screening-programmes': screeningProgrammes,
      people,
      'key-figures': keyFigures,
    },
    search: createSearch(fetcher, graphql),
    graphql,
    fetcher,
  }
}
