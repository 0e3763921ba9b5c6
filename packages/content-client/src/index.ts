/**
 * Typed read client for the CRN research content API (Payload REST + GraphQL).
 * See README.md for usage.
 */
export { createContentClient, type ContentClient, type ContentClientOptions } from './client'
export {
  ContentApiError,
  ContentClientError,
  ContentGraphQLError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
  isContentUnavailableError,
} from './errors'
export {
  createFetcher,
  DEFAULT_TIMEOUT_MS,
  type CacheOptions,
  type Fetcher,
  type FetcherOptions,
  type FetchJsonOptions,
  type RequestInitHook,
  type RequestMeta,
  type RequestOptions,
  type RequestOutcomeHook,
} from './fetcher'
export { createGraphQL, type GraphQLRequest, type GraphQLVariables } from './graphql'
export { DEFAULT_LOCALE, isLocale, LOCALES, localeParams, otherLocale, type FallbackLocale, type Locale } from './locale'
export { isPageOutOfRange, MAX_PAGE_SIZE, parsePageNumber, type PaginatedDocs } from './pagination'
export { buildQueryString, withQuery, type FindParams, type SelectQuery } from './query'
export type { CollectionResource, FindOneOptions, FindOptions, LocalizedValue } from './resources/collection'
export { PROJECT_STATUSES, projectWhere, type ProjectFilter, type ProjectStatus } from './resources/projects'
export { MIN_SEARCH_LENGTH, normaliseSearchQuery, type PersonUnit, type SearchOptions, type SearchResults } from './resources/search'
export { documentTags, isContentTag, TAG_PATTERN, tags } from './tags'
export type {
  CollectionSlug,
  ContentCollectionSlug,
  DocumentOf,
  GlobalOf,
  GlobalSlug,
  JoinQuery,
  QueryValue,
  Where,
  WhereField,
  WhereOperator,
} from './types'
