import { ContentApiError, ContentGraphQLError } from './errors'
import type { Fetcher, RequestOptions } from './fetcher'

/** Variables of a GraphQL operation. */
export type GraphQLVariables = Record<string, string | number | boolean | null | undefined | readonly string[]>

interface GraphQLResponse<TData> {
  data?: TData | null
  errors?: { message: string }[]
}

/** Runs a GraphQL query against the CMS (`POST /api/graphql`); throws on `errors` or missing data. */
export type GraphQLRequest = <TData>(query: string, variables?: GraphQLVariables, options?: RequestOptions) => Promise<TData>

/** Creates the GraphQL helper on top of the shared fetcher (same timeout, errors and hooks). */
export function createGraphQL(fetcher: Fetcher): GraphQLRequest {
  return async <TData>(query: string, variables: GraphQLVariables = {}, options: RequestOptions = {}): Promise<TData> => {
    const response = await fetcher.json<GraphQLResponse<TData>>('/graphql', { ...options, method: 'POST', body: { query, variables } })
    if (response.errors && response.errors.length > 0) {
      throw new ContentGraphQLError(
        response.errors.map((error) => error.message),
        fetcher.url('/graphql'),
      )
    }
    if (response.data === undefined || response.data === null) {
      throw new ContentApiError('GraphQL response without data', fetcher.url('/graphql'), 200)
    }
    return response.data
  }
}
