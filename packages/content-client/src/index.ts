/**
 * Typed read client for the CRN research content API (Payload REST + GraphQL).
 * Plain `fetch`, no Node-only imports: runs in Node ≥ 20 and browsers. See README.md for usage.
 */
export { API_KEYS_COLLECTION, apiKeyAuthorization, isPlausibleApiKey } from './auth'
export { createContentClient, type CollectionResources, type ContentClient, type ContentClientOptions } from './client'
export { createConditionalCache, type ConditionalCache, type ConditionalEntry, type MemoryConditionalCacheOptions } from './conditionalCache'
export {
  apiErrorForStatus,
  ContentApiError,
  type ContentApiErrorOptions,
  ContentBadRequestError,
  ContentClientError,
  ContentForbiddenError,
  ContentGraphQLError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
  ContentUnauthorizedError,
  ContentUsageError,
  type GraphQLErrorEntry,
  isContentUnavailableError,
} from './errors'
export {
  createFetcher,
  DEFAULT_TIMEOUT_MS,
  errorMessages,
  type CacheOptions,
  type ErrorInterpreter,
  type Fetcher,
  type FetcherOptions,
  type FetchJsonOptions,
  type RequestInitHook,
  type RequestMeta,
  type RequestOptions,
  type RequestOutcomeHook,
} from './fetcher'
export {
  createGraphQL,
  graphQLErrorsOf,
  graphqlQuery,
  type GraphQLOptions,
  type GraphQLRequest,
  type GraphQLValue,
  type GraphQLVariables,
  type TypedQuery,
} from './graphql'
export { DEFAULT_LOCALE, isLocale, LOCALES, localeParams, otherLocale, type FallbackLocale, type Locale } from './locale'
export { checkPageSize, isPageOutOfRange, MAX_PAGE_SIZE, parsePageNumber, type PaginatedDocs } from './pagination'
export { buildQueryString, withQuery, type FindParams, type SelectQuery } from './query'
export {
  DEFAULT_MAX_PAGES,
  type CollectionQuery,
  type CollectionResource,
  type FindOneOptions,
  type FindOptions,
  type LocalizedValue,
  type PageWalkOptions,
} from './resources/collection'
export type { ChangeHistoryResource, PublicChange } from './resources/changeHistory'
export type { GlobalReadOptions, GlobalsResource } from './resources/globals'
export { PROJECT_STATUSES, projectWhere, type ProjectFilter, type ProjectStatus } from './resources/projects'
export { MIN_SEARCH_LENGTH, normaliseSearchQuery, type PersonUnit, type SearchOptions, type SearchResults } from './resources/search'
export { documentTags, isContentTag, TAG_PATTERN, tags } from './tags'
export type {
  CollectionSlug,
  ContentCollectionSlug,
  Depth,
  DocumentOf,
  FieldName,
  FieldPath,
  GlobalOf,
  GlobalSelectOf,
  GlobalSlug,
  JoinFieldOf,
  JoinQuery,
  JoinsOf,
  QueryValue,
  SelectOf,
  SortOf,
  Where,
  WhereField,
  WhereOf,
  WhereOperator,
} from './types'
export type { BiobankFactsResource } from './resources/biobankFacts'
export type { DepartmentsResource } from './resources/departments'
export type { KeyFiguresResource } from './resources/keyFigures'
export type { PeopleResource } from './resources/people'
export type { ProjectsResource } from './resources/projects'
export type { RedirectsResource } from './resources/redirects'
export type { ScreeningProgrammesResource } from './resources/screeningProgrammes'
export type { SectionsResource } from './resources/sections'
