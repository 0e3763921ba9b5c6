/**
 * Talks to the built CMS started by tests/http/globalSetup.mjs, whose address and admin
 * account arrive through the environment.
 */
export type HttpResponse = { status: number; body: unknown; headers: Headers; url: string }
type RequestOptions = { json?: unknown; rawBody?: string; token?: string; headers?: Record<string, string> }

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the HTTP suites with jest.http.config.js (npm run test:http)`)
  return value
}

export const cmsUrl = () => required('CMS_TEST_URL')
export const cmsPort = () => Number(required('CMS_TEST_PORT'))

export async function http(method: string, path: string, { json, rawBody, token, headers = {} }: RequestOptions = {}): Promise<HttpResponse> {
  const body = rawBody ?? (json === undefined ? undefined : JSON.stringify(json))
  const response = await fetch(new URL(path, cmsUrl()), {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body,
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  let parsed: unknown = text
  if (response.headers.get('content-type')?.includes('application/json')) {
    try {
      parsed = text === '' ? null : (JSON.parse(text) as unknown)
    } catch (error) {
      throw new Error(`${method} ${path}: invalid JSON in a JSON response (status ${response.status}): ${text.slice(0, 200)}`, { cause: error })
    }
  }
  return { status: response.status, body: parsed, headers: response.headers, url: response.url }
}

let cachedToken: Promise<string> | undefined

/** A JWT for the admin the suite's CMS was started with (signed in once per test file). */
export function adminToken(): Promise<string> {
  cachedToken ??= (async () => {
    const response = await http('POST', '/api/users/login', {
      json: { email: required('CMS_TEST_ADMIN_EMAIL'), password: required('CMS_TEST_ADMIN_PASSWORD') },
    })
    const token = (response.body as { token?: unknown } | null)?.token
    if (response.status !== 200 || typeof token !== 'string') {
      throw new Error(`Admin login failed: ${response.status} ${JSON.stringify(response.body)}`)
    }
    return token
  })()
  return cachedToken
}
