import type { Department, Person, Project, Section } from '@crn/content-types'

import type { RequestOptions } from '../fetcher'
import type { GraphQLRequest } from '../graphql'
import type { Locale } from '../locale'
import { tags } from '../tags'

type Teaser<T> = Pick<T, Extract<keyof T, 'id' | 'title' | 'slug' | 'lead'>>

/** What a search returns per collection: teaser fields only, in the reader's locale. */
export interface SearchResults {
  query: string
  departments: Teaser<Department>[]
  sections: (Teaser<Section> & { department: { id: string; slug: string } | null })[]
  projects: (Teaser<Project> & Pick<Project, 'acronym' | 'status' | 'startYear' | 'endYear'>)[]
  people: (Pick<Person, 'id' | 'name' | 'title' | 'email'> & { unit: PersonUnit | null })[]
  total: number
}

/** The unit a person belongs to, with what a link to it needs. */
export type PersonUnit =
  | { relationTo: 'sections'; value: { id: string; slug: string; title: string; department: { id: string; slug: string } | null } }
  | { relationTo: 'departments'; value: { id: string; slug: string; title: string } }

export interface SearchOptions extends RequestOptions {
  locale: Locale
  /** Maximum hits per collection (default 20). */
  limitPerCollection?: number
}

/** Shortest query worth sending; shorter ones return no hits without asking the CMS. */
export const MIN_SEARCH_LENGTH = 2

// One GraphQL round trip for four collections: each alias asks only for teaser fields.
const SEARCH_QUERY = /* GraphQL */ `
  query SiteSearch($q: String!, $locale: LocaleInputType, $limit: Int) {
    departments: Departments(where: { OR: [{ title: { like: $q } }, { lead: { like: $q } }] }, locale: $locale, limit: $limit, sort: "order") {
      docs { id title slug lead }
    }
    sections: Sections(where: { OR: [{ title: { like: $q } }, { lead: { like: $q } }] }, locale: $locale, limit: $limit, sort: "order") {
      docs { id title slug lead department { id slug } }
    }
    projects: Projects(where: { OR: [{ title: { like: $q } }, { acronym: { like: $q } }, { lead: { like: $q } }] }, locale: $locale, limit: $limit, sort: "-startYear") {
      docs { id title slug lead acronym status startYear endYear }
    }
    people: People(where: { OR: [{ name: { like: $q } }, { title: { like: $q } }] }, locale: $locale, limit: $limit, sort: "name") {
      docs {
        id name title email
        unit {
          relationTo
          value {
            ... on Section { id slug title department { id slug } }
            ... on Department { id slug title }
          }
        }
      }
    }
  }
`

interface SearchResponse {
  departments: { docs: SearchResults['departments'] }
  sections: { docs: SearchResults['sections'] }
  projects: { docs: SearchResults['projects'] }
  people: { docs: SearchResults['people'] }
}

/** Normalises what a reader typed: trimmed, inner whitespace collapsed, at most 100 characters. */
export function normaliseSearchQuery(raw: string | string[] | undefined | null): string {
  const text = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')
  return text.replace(/\s+/g, ' ').trim().slice(0, 100)
}

/** Searches departments, sections, projects and people (published only, in one locale). */
export function createSearch(graphql: GraphQLRequest) {
  return async function search(rawQuery: string, options: SearchOptions): Promise<SearchResults> {
    const query = normaliseSearchQuery(rawQuery)
    if (query.length < MIN_SEARCH_LENGTH) {
      return { query, departments: [], sections: [], projects: [], people: [], total: 0 }
    }
    const { locale, limitPerCollection = 20, ...request } = options
    const data = await graphql<SearchResponse>(
      SEARCH_QUERY,
      { q: query, locale, limit: limitPerCollection },
      {
        ...request,
        tags: [
          tags.collection('departments'),
          tags.collection('sections'),
          tags.collection('projects'),
          tags.collection('people'),
          tags.all,
          ...(request.tags ?? []),
        ],
      },
    )
    const results = {
      departments: data.departments.docs,
      sections: data.sections.docs,
      projects: data.projects.docs,
      people: data.people.docs,
    }
    const total = results.departments.length + results.sections.length + results.projects.length + results.people.length
    return { query, ...results, total }
  }
}

export type SearchFunction = ReturnType<typeof createSearch>
