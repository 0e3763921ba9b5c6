import { createFetcher, type Fetcher, type FetcherOptions } from './fetcher'
import { createGraphQL, type GraphQLRequest } from './graphql'
import { type BiobankFactsResource, createBiobankFacts } from './resources/biobankFacts'
import { createDepartments, type DepartmentsResource } from './resources/departments'
import { createGlobals, type GlobalsResource } from './resources/globals'
import { createKeyFigures, type KeyFiguresResource } from './resources/keyFigures'
import { createPeople, type PeopleResource } from './resources/people'
import { createProjects, type ProjectsResource } from './resources/projects'
import { createScreeningProgrammes, type ScreeningProgrammesResource } from './resources/screeningProgrammes'
import { createSearch, type SearchFunction } from './resources/search'
import { createSections, type SectionsResource } from './resources/sections'

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
  search: SearchFunction
  graphql: GraphQLRequest
  /** The underlying fetch wrapper, for reads the resources do not cover. */
  fetcher: Fetcher
}

export type ContentClientOptions = FetcherOptions

/** Creates a client for the CMS at `options.baseUrl`. Works in Node and browsers (plain fetch). */
export function createContentClient(options: ContentClientOptions): ContentClient {
  const fetcher = createFetcher(options)
  const graphql = createGraphQL(fetcher)
  return {
    departments: createDepartments(fetcher),
    sections: createSections(fetcher),
    projects: createProjects(fetcher),
    biobankFacts: createBiobankFacts(fetcher),
    screeningProgrammes: createScreeningProgrammes(fetcher),
    people: createPeople(fetcher),
    keyFigures: createKeyFigures(fetcher),
    globals: createGlobals(fetcher),
    search: createSearch(graphql),
    graphql,
    fetcher,
  }
}
