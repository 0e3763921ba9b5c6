/**
 * Calls the CMS's own Next.js route handlers (REST and GraphQL) in-process, the way
 * Payload's test suite does, so status codes and bodies are those a real client gets
 * from the same code (including our wrappers), without a server.
 */
export type RestResponse = { status: number; body: unknown }
type RequestOptions = { json?: unknown; rawBody?: string; contentType?: string; token?: string; authorization?: string }

const ORIGIN = 'http://localhost:3000'

export async function restClient() {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const graphqlRoute = await import('../../src/app/(payload)/api/graphql/route')

  const buildRequest = (method: string, url: URL, { json, rawBody, contentType, token, authorization }: RequestOptions) => {
    const headers = new Headers()
    const body = rawBody ?? (json === undefined ? undefined : JSON.stringify(json))
    if (body !== undefined) headers.set('Content-Type', contentType ?? 'application/json')
    if (token) headers.set('Authorization', `JWT ${token}`)
    if (authorization) headers.set('Authorization', authorization)
    return new Request(url, { method, headers, body })
  }

  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<RestResponse> => {
    const url = new URL(path, ORIGIN)
    const slug = url.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
    const response = await rest[method](buildRequest(method, url, options), { params: Promise.resolve({ slug }) })
    return { status: response.status, body: await readBody(response) }
  }

  const graphql = async (options: RequestOptions): Promise<RestResponse> => {
    const response = await graphqlRoute.POST(buildRequest('POST', new URL('/api/graphql', ORIGIN), options), undefined)
    return { status: response.status, body: await readBody(response) }
  }

  const login = async (email: string, password: string): Promise<string> => {
    const response = await call('POST', '/api/users/login', { json: { email, password } })
    const token = (response.body as { token?: unknown }).token
    if (response.status !== 200 || typeof token !== 'string') throw new Error(`Login failed: ${response.status} ${JSON.stringify(response.body)}`)
    return token
  }

  return { call, graphql, login }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new Error(`Expected a JSON response (status ${response.status}), got: ${text.slice(0, 200)}`, { cause: error })
  }
}
