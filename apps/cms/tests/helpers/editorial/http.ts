import type { SanitizedConfig } from 'payload'

/**
 * Real REST and GraphQL requests against the Payload instance a suite booted, through
 * the same route handlers the Next app mounts (`@payloadcms/next/routes`), without a
 * network server: each call builds a `Request`, the handler runs the full pipeline
 * (auth from headers, access, hooks, error responses).
 */
export type HttpClient = {
  rest: (method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string>; form?: FormData }) => Promise<JsonResponse>
  graphql: (query: string, options?: { token?: string; variables?: Record<string, unknown> }) => Promise<JsonResponse>
}

export type JsonResponse = { status: number; body: Record<string, unknown>; headers: Headers }

const BASE = 'http://127.0.0.1:3400'

export async function createHttpClient(config: Promise<SanitizedConfig> | SanitizedConfig): Promise<HttpClient> {
  const routes = await import('@payloadcms/next/routes')
  const handlers: Record<string, (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>> = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    DELETE: routes.REST_DELETE(config),
  }
  const graphqlPost = routes.GRAPHQL_POST(config)

  const toJson = async (response: Response): Promise<JsonResponse> => {
    const text = await response.text()
    let body: Record<string, unknown>
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    } catch {
      body = { raw: text }
    }
    return { status: response.status, body, headers: response.headers }
  }

  return {
    rest: async (method, path, options = {}) => {
      const handler = handlers[method]
      if (!handler) throw new Error(`No REST handler for ${method}`)
      const url = new URL(`/api${path}`, BASE)
      const headers: Record<string, string> = { ...options.headers }
      if (options.token) headers.Authorization = `JWT ${options.token}`
      let body: BodyInit | undefined
      if (options.form) body = options.form
      else if (options.body !== undefined) {
        headers['Content-Type'] = 'application/json'
        body = JSON.stringify(options.body)
      }
      const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
      const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve({ slug }) })
      return toJson(response)
    },
    graphql: async (query, options = {}) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' }
      if (options.token) headers.Authorization = `JWT ${options.token}`
      const request = new Request(new URL('/api/graphql', BASE), {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: options.variables ?? {} }),
      })
      return toJson(await graphqlPost(request))
    },
  }
}
