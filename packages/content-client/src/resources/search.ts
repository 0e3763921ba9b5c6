import type { Department, Person, Project, Section } from '@crn/content-types'

import type { Fetcher, RequestOptions } from '../fetcher'
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

interface SearchHit {
  collection: 'departments' | 'sections' | 'projects' | 'people'
  id: string
  score: number
}

const SAFE_ID = /^[\w-]{1,64}$/

// The teaser fields of the hits, one GraphQL round trip for four collections; a collection with no
// hits is skipped (`@include`). Ids are opaque strings checked against SAFE_ID before they are inlined.
function teaserQuery(ids: Record<SearchHit['collection'], string[]>): string {
  const where = (list: string[]) => `where: { id: { in: ${JSON.stringify(list.filter((id) => SAFE_ID.test(id)))} } }`
  return /* GraphQL */ `
  query SiteSearchTeasers($locale: LocaleInputType, $limit: Int, $departments: Boolean!, $sections: Boolean!, $projects: Boolean!, $people: Boolean!) {
    departments: Departments(${where(ids.departments)}, locale: $locale, limit: $limit) @include(if: $departments) {
      docs { id title slug lead }
    }
    sections: Sections(${where(ids.sections)}, locale: $locale, limit: $limit) @include(if: $sections) {
      docs { id title slug lead department { id slug } }
    }
    projects: Projects(${where(ids.projects)}, locale: $locale, limit: $limit) @include(if: $projects) {
      docs { id title slug lead acronym status startYear endYear }
    }
    people: People(${where(ids.people)}, locale: $locale, limit: $limit) @include(if: $people) {
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
}

interface SearchResponse {
  departments?: { docs: SearchResults['departments'] }
  sections?: { docs: SearchResults['sections'] }
  projects?: { docs: SearchResults['projects'] }
  people?: { docs: SearchResults['people'] }
}

/** The documents in the index's order (best first); ids the read did not return (no longer published) drop out. */
function inRankOrder<T extends { id: string }>(docs: T[] | undefined, ids: string[]): T[] {
  const byId = new Map((docs ?? []).map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Normalises what a reader typed: trimmed, inner whitespace collapsed, at most 100 characters. */
export function normaliseSearchQuery(raw: string | string[] | undefined | null): string {
  const text = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')
  return text.replace(/\s+/g, ' ').trim().slice(0, 100)
}

/**
 * Searches departments, sections, projects and people (published only, in one locale): the CMS's
 * search index ranks the hits (`GET /api/search`, prefix and compound-word matching), then one
 * GraphQL read brings their teaser fields.
 */
export function createSearch(fetcher: Fetcher, graphql: GraphQLRequest) {
  return async function search(rawQuery: string, options: SearchOptions): Promise<SearchResults> {
    const query = normaliseSearchQuery(rawQuery)
    if (query.length < MIN_SEARCH_LENGTH) {
      return { query, departments: [], sections: [], projects: [], people: [], total: 0 }
    }
    const { locale, limitPerCollection = 20, ...request } = options
    const requestWithTags = {
      ...request,
      tags: [
        tags.collection('departments'),
        tags.collection('sections'),
        tags.collection('projects'),
        tags.collection('people'),
        tags.all,
        ...(request.tags ?? []),
      ],
    }
    const { hits } = await fetcher.json<{ hits: SearchHit[] }>(`/search?${new URLSearchParams({ q: query, locale, limit: String(limitPerCollection) }).toString()}`, requestWithTags)
    const ids: Record<SearchHit['collection'], string[]> = { departments: [], sections: [], projects: [], people: [] }
    for (const hit of hits) ids[hit.collection]?.push(hit.id)
    if (hits.length === 0) return { query, departments: [], sections: [], projects: [], people: [], total: 0 }
    const data = await graphql<SearchResponse>(
      teaserQuery(ids),
      {
        locale,
        limit: limitPerCollection,
        departments: ids.departments.length > 0,
        sections: ids.sections.length > 0,
        projects: ids.projects.length > 0,
        people: ids.people.length > 0,
      },
      requestWithTags,
    )
    const results = {
      departments: inRankOrder(data.departments?.docs, ids.departments),
      sections: inRankOrder(data.sections?.docs, ids.sections),
      projects: inRankOrder(data.projects?.docs, ids.projects),
      people: inRankOrder(data.people?.docs, ids.people),
    }
    const total = results.departments.length + results.sections.length + results.projects.length + results.people.length
    return { query, ...results, total }
  }
}

export type SearchFunction = ReturnType<typeof createSearch>
