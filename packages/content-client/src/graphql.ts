import { ContentApiError, ContentGraphQLError, type GraphQLErrorEntry } from './errors'
import type { ErrorInterpreter, Fetcher, RequestOptions } from './fetcher'

/** A value a GraphQL variable may hold (JSON): scalars, lists and input objects such as a `where`. */
export type GraphQLValue = string | number | boolean | null | undefined | readonly GraphQLValue[] | { readonly [key: string]: GraphQLValue }

/** Variables of a GraphQL operation. */
export type GraphQLVariables = { readonly [name: string]: GraphQLValue }

/**
 * A GraphQL document that carries the types of its result and variables, so calls need no type
 * arguments: `const q = graphqlQuery<{ Projects: … }, { locale: Locale }>('query ($locale: …) { … }')`.
 */
export interface TypedQuery<TData, TVariables extends GraphQLVariables = GraphQLVariables> {
  readonly query: string
  /** Type information only; never set at run time. */
  readonly __types?: { data: TData; variables: TVariables }
}

/** Declares a typed GraphQL document (the text is sent as is). */
export function graphqlQuery<TData, TVariables extends GraphQLVariables = Record<string, never>>(query: string): TypedQuery<TData, TVariables> {
  return { query }
}

export interface GraphQLOptions extends RequestOptions {
  /**
   * `POST` (default) or `GET`. Anonymous GETs are cacheable like REST reads (`Cache-Control: public`,
   * `ETag`, so the client's conditional cache applies); keep GET queries short (URLs are capped at 8 KiB).
   */
  method?: 'GET' | 'POST'
  /** Which operation of a document with several to run. */
  operationName?: string
}

/** Arguments after the query: variables are required when the typed query has required variables. */
type TypedArguments<TVariables extends GraphQLVariables> = Record<string, never> extends TVariables
  ? [variables?: TVariables, options?: GraphQLOptions]
  : [variables: TVariables, options?: GraphQLOptions]

/**
 * Runs a GraphQL query against the CMS (`/api/graphql`). Throws `ContentGraphQLError` when the
 * answer carries `errors` (including queries the CMS refused with 400), and the client's other
 * errors for transport and authentication failures.
 */
export interface GraphQLRequest {
  <TData, TVariables extends GraphQLVariables>(query: TypedQuery<TData, TVariables>, ...rest: TypedArguments<TVariables>): Promise<TData>
  <TData>(query: string, variables?: GraphQLVariables, options?: GraphQLOptions): Promise<TData>
}

interface GraphQLResponse<TData> {
  data?: TData | null
  errors?: unknown
}

/** The `errors` of a GraphQL answer, or `[]` when it has none (or they are not GraphQL-shaped). */
export function graphQLErrorsOf(body: unknown): GraphQLErrorEntry[] {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return []
  const entries: unknown[] = body.errors
  return entries.flatMap((entry): GraphQLErrorEntry[] => {
    if (typeof entry !== 'object' || entry === null || !('message' in entry) || typeof entry.message !== 'string') return []
    const error: GraphQLErrorEntry = { message: entry.message }
    if ('path' in entry && Array.isArray(entry.path)) {
      const path: unknown[] = entry.path
      error.path = path.filter((part): part is string | number => typeof part === 'string' || typeof part === 'number')
    }
    if ('extensions' in entry && typeof entry.extensions === 'object' && entry.extensions !== null) {
      const extensions: Record<string, unknown> = { ...entry.extensions }
      error.extensions = { ...extensions, statusCode: typeof extensions.statusCode === 'number' ? extensions.statusCode : undefined }
    }
    return [error]
  })
}

/** A query the CMS refused as a whole (400 with GraphQL errors) is a GraphQL error, not a REST one. */
const interpretGraphQLError: ErrorInterpreter = (status, body, url) => {
  if (status !== 400) return undefined
  const errors = graphQLErrorsOf(body)
  return errors.length > 0 ? new ContentGraphQLError(errors, url, status) : undefined
}

/** Creates the GraphQL helper on top of the shared fetcher (same credentials, timeout, errors and hooks). */
export function createGraphQL(fetcher: Fetcher): GraphQLRequest {
  function graphql<TData, TVariables extends GraphQLVariables>(query: TypedQuery<TData, TVariables>, ...rest: TypedArguments<TVariables>): Promise<TData>
  function graphql<TData>(query: string, variables?: GraphQLVariables, options?: GraphQLOptions): Promise<TData>
  async function graphql<TData>(query: string | TypedQuery<TData>, variables: GraphQLVariables = {}, options: GraphQLOptions = {}): Promise<TData> {
    const { method = 'POST', operationName, ...request } = options
    const text = typeof query === 'string' ? query : query.query
    let path = '/graphql'
    let response: GraphQLResponse<TData>
    if (method === 'GET') {
      const params = new URLSearchParams({ query: text })
      if (Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables))
      if (operationName !== undefined) params.set('operationName', operationName)
      path = `/graphql?${params.toString()}`
      response = await fetcher.json<GraphQLResponse<TData>>(path, { ...request, method: 'GET', interpretError: interpretGraphQLError })
    } else {
      const body = operationName === undefined ? { query: text, variables } : { query: text, variables, operationName }
      response = await fetcher.json<GraphQLResponse<TData>>(path, { ...request, method: 'POST', body, interpretError: interpretGraphQLError })
    }
    const errors = graphQLErrorsOf(response)
    if (errors.length > 0) throw new ContentGraphQLError(errors, fetcher.url(path), 200)
    if (response.data === undefined || response.data === null) {
      throw new ContentApiError('GraphQL response without data', fetcher.url(path), 200)
    }
    return response.data
  }
  return graphql
}
