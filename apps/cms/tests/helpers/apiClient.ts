/**
 * Calls the CMS's own REST and GraphQL route handlers in-process with any request (headers,
 * methods, bodies), and returns everything a client would see: status, headers and body.
 * The content API suites (tests/int/api-*) use it to check limits, errors and caching.
 */
export type ApiResponse = { status: number; headers: Headers; text: string; json: unknown }
export type ApiRequest = { method?: string; headers?: Record<string, string>; body?: string | Uint8Array<ArrayBuffer>; json?: unknown }

export const API_ORIGIN = 'http://localhost:3000'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type RouteModule = Record<string, Handler | undefined>

export async function apiClient() {
  const rest = (await import('../../src/app/(payload)/api/[...slug]/route')) as unknown as RouteModule
  const graphqlRoute = (await import('../../src/app/(payload)/api/graphql/route')) as unknown as RouteModule

  const send = async (path: string, { method = 'GET', headers = {}, body, json }: ApiRequest = {}): Promise<ApiResponse> => {
    const url = new URL(path, API_ORIGIN)
    const finalHeaders = new Headers(headers)
    let finalBody = body
    if (json !== undefined) {
      finalBody = JSON.stringify(json)
      if (!finalHeaders.has('content-type')) finalHeaders.set('content-type', 'application/json')
    }
    const request = new Request(url, { method, headers: finalHeaders, body: finalBody })
    const isGraphQL = url.pathname === '/api/graphql'
    const routes = isGraphQL ? graphqlRoute : rest
    const handler = routes[method]
    if (!handler) throw new Error(`No ${method} handler for ${url.pathname}`)
    const slug = url.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let parsed: unknown = undefined
    if (text !== '' && (response.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text) as unknown
    return { status: response.status, headers: response.headers, text, json: parsed }
  }

  const graphql = (query: string, options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {}) =>
    send('/api/graphql', { method: 'POST', json: { query, variables: options.variables }, headers: options.headers })

  const login = async (email: string, password: string): Promise<string> => {
    const response = await send('/api/users/login', { method: 'POST', json: { email, password } })
    const token = (response.json as { token?: unknown } | undefined)?.token
    if (response.status !== 200 || typeof token !== 'string') throw new Error(`Login failed: ${response.status} ${response.text}`)
    return token
  }

  return { send, graphql, login }
}

export type ApiClient = Awaited<ReturnType<typeof apiClient>>

/** The `Authorization` header value for a service API key. */
export const apiKeyHeader = (key: string) => `api-keys API-Key ${key}`

/** The messages of an error answer in the content API's shape; fails the test when the shape is wrong. */
export function errorMessages(response: ApiResponse): string[] {
  const errors = (response.json as { errors?: unknown } | undefined)?.errors
  if (!Array.isArray(errors) || errors.length === 0) throw new Error(`Expected { errors: [...] }, got ${response.status} ${response.text.slice(0, 300)}`)
  return errors.map((error: unknown) => {
    const message = (error as { message?: unknown }).message
    if (typeof message !== 'string' || message === '') throw new Error(`Error without a message: ${JSON.stringify(error)}`)
    return message
  })
}
