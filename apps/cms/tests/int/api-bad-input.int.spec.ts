import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { API_LIMITS } from '../../src/api/limits'
import { ADMIN_PASSWORD, type ApiContent, createApiContent } from '../helpers/apiContent'
import { type ApiClient, apiClient, type ApiRequest, type ApiResponse, errorMessages } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

/**
 * Hostile and mistaken input, table by table: every case gets a 4xx JSON answer
 * `{ "errors": [{ "message": … }] }` with the expected status — never a 500, a stack trace
 * or database text — and the limits of the public API answer with a message that names them.
 */
let booted: BootedPayload
let api: ApiClient
let content: ApiContent

beforeAll(async () => {
  booted = await bootPayload('api-bad-input')
  api = await apiClient()
  content = await createApiContent(booted.payload)
})
afterAll(async () => {
  await booted.shutdown()
})

/** Text that would betray internals: stacks, SQL, driver and file names. */
const INTERNALS = [/\bat \S+ \(/, /node_modules/, /\.ts:\d+/, /sqlite/i, /drizzle/i, /Failed query/i, /\bselect\b.+\bfrom\b/i, /mongo/i, /stack/i]

function expectCleanError(label: string, response: ApiResponse, status: number, message?: RegExp) {
  expect({ label, status: response.status }).toEqual({ label, status })
  expect({ label, contentType: response.headers.get('content-type') ?? '' }).toEqual({ label, contentType: expect.stringContaining('application/json') })
  const messages = errorMessages(response)
  if (message) expect({ label, messages }).toEqual({ label, messages: expect.arrayContaining([expect.stringMatching(message)]) })
  for (const pattern of INTERNALS) expect({ label, leaks: pattern.test(response.text) }).toEqual({ label, leaks: false })
  expect(response.headers.get('cache-control')).toBe('private, no-store')
}

type Row = [label: string, path: string, status: number, message?: RegExp, request?: ApiRequest]
type Case = { label: string; path: string; status: number; message: RegExp | undefined; request: ApiRequest | undefined }
/** Rows as objects: it.each would take a short row's missing arguments for a done callback. */
const table = (rows: Row[]): Case[] => rows.map(([label, path, status, message, request]) => ({ label, path, status, message, request }))

const longQuery = 'x'.repeat(API_LIMITS.maxUrlLength)

const restCases = table([
  ['where that is not JSON', '/api/projects?where=notjson', 400, /could not be parsed|not valid JSON/i],
  ['where on an unknown field', '/api/projects?where[nope][equals]=1', 400, /nope/],
  ['where with an unknown operator', '/api/projects?where[title][bogus]=x', 400, /bogus/],
  ['where without an operator', '/api/projects?where[title]=x', 400],
  ['where with an impossible date', '/api/projects?where[lastUpdated][greater_than]=notadate', 400],
  ['where with an impossible relationship id', '/api/projects?where[projectManager][equals]=abc', 400],
  ['where id in impossible ids', '/api/projects?where[id][in]=abc', 400],
  ['where with a geo operator on text', '/api/projects?where[title][near]=1,2', 400],
  ['an id that cannot exist', '/api/projects/abc', 404],
  ['a fractional id', '/api/projects/1.5', 404],
  ['an id that does not exist', '/api/projects/987654321', 404],
  ['an unknown locale', '/api/projects?locale=xx', 400, /Unknown locale "xx"/],
  ['an unknown fallback locale', '/api/projects?fallback-locale=klingon', 400, /fallback-locale/],
  ['a depth that is not a number', '/api/projects?depth=deep', 400, /depth/],
  ['a negative depth', '/api/projects?depth=-1', 400, /depth/],
  ['a limit that is not a number', '/api/projects?limit=ten', 400, /limit/],
  ['page 0', '/api/projects?page=0', 400, /page/],
  ['pagination that is not a boolean', '/api/projects?pagination=maybe', 400, /pagination/],
  ['a sort with SQL in it', "/api/projects?sort=title;drop%20table%20projects", 400, /sort/],
  ['the same limit twice', '/api/projects?limit=1&limit=2', 400, /once/],
  ['limit as an object', '/api/projects?limit[gt]=1', 400, /single value/],
  ['a join limit that is not a number', '/api/departments?joins[sections][limit]=many', 400, /joins\[sections\]\[limit\]/],
  ['an unknown route', '/api/nope', 404, /not found/i],
  ['an unknown global', '/api/globals/nope', 404],
  ['a URL over the limit', `/api/projects?where[title][equals]=${longQuery}`, 414, /longer than/],
  ['a body that is not JSON', '/api/projects', 400, /not valid JSON/, { method: 'POST', body: '{"title": ', headers: { 'content-type': 'application/json' } }],
  ['a JSON body that is an array', '/api/projects', 400, /JSON object/, { method: 'POST', body: '[1,2]', headers: { 'content-type': 'application/json' } }],
  ['a text/plain body', '/api/projects', 415, /Unsupported content type "text\/plain"/, { method: 'POST', body: 'title=x', headers: { 'content-type': 'text/plain' } }],
  ['an XML body', '/api/projects', 415, /application\/xml/, { method: 'POST', body: '<project/>', headers: { 'content-type': 'application/xml' } }],
  [
    'a body over the limit',
    '/api/projects',
    413,
    /larger than the limit of 1 MiB/,
    { method: 'POST', body: JSON.stringify({ title: 'x'.repeat(API_LIMITS.maxJsonBodyBytes) }), headers: { 'content-type': 'application/json' } },
  ],
  ['a wrong API key', '/api/projects', 401, /does not match/, { headers: { authorization: 'api-keys API-Key not-a-real-key' } }],
  ['a garbage Authorization header', '/api/projects', 401, /does not match/, { headers: { authorization: 'Bearer abc.def.ghi' } }],
  ['an anonymous write', '/api/projects', 403, undefined, { method: 'POST', json: { title: 'Anonymous' } }],
])

const limitCases = table([
  ['limit=0 (everything)', '/api/projects?limit=0', 400, /limit=0/],
  ['a page over 100', '/api/projects?limit=101', 400, /at most 100/],
  ['pagination=false without a limit', '/api/projects?pagination=false', 400, /explicit "limit"/],
  ['depth over 2', '/api/projects?depth=3', 400, /at most 2/],
  ['depth 10 on one document', '/api/projects/1?depth=10', 400, /at most 2/],
  ['depth over 2 on a global', '/api/globals/navigation?depth=5', 400, /at most 2/],
  ['a join page over 100', '/api/departments?joins[sections][limit]=500', 400, /between 1 and 100/],
  ['a join limit of 0', '/api/departments?joins[sections][limit]=0', 400, /between 1 and 100/],
  ['a feed page over 100', '/api/changes?since=2020-01-01&limit=500', 400, /at most 100/],
])

describe('REST: bad input is a clean 4xx', () => {
  it.each(restCases)('$label', async ({ label, path, status, message, request }) => {
    expectCleanError(label, await api.send(path, request), status, message)
  })

  it('an anonymous delete', async () => {
    // An id that exists (ids are opaque text: a made-up one would be a 404 before access is asked).
    expectCleanError('an anonymous delete', await api.send(`/api/projects/${String(content.project.id)}`, { method: 'DELETE' }), 403)
    expect((await api.send(`/api/projects/${String(content.project.id)}`)).status).toBe(200)
  })
})

describe('REST: the public limits', () => {
  it.each(limitCases)('$label', async ({ label, path, status, message, request }) => {
    expectCleanError(label, await api.send(path, request), status, message)
  })

  it('allows what is within the limits', async () => {
    for (const path of ['/api/projects?limit=100', '/api/projects?pagination=false&limit=100', '/api/projects?depth=2', '/api/departments?joins[sections][limit]=100']) {
      expect({ path, status: (await api.send(path)).status }).toEqual({ path, status: 200 })
    }
  })

  it('does not hold signed-in editors (the admin UI) to them', async () => {
    const token = await api.login(content.admin.email, ADMIN_PASSWORD)
    const headers = { authorization: `JWT ${token}` }
    for (const path of ['/api/projects?limit=0', '/api/projects?limit=500', '/api/projects?pagination=false', '/api/projects?depth=4']) {
      expect({ path, status: (await api.send(path, { headers })).status }).toEqual({ path, status: 200 })
    }
  })

  it('applies them to long queries sent as a form with the method override (as the admin UI does)', async () => {
    const token = await api.login(content.admin.email, ADMIN_PASSWORD)
    const overridden = (extra: Record<string, string>) =>
      api.send('/api/projects', {
        method: 'POST',
        body: 'limit=0&depth=0&where[status][equals]=ongoing',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET', ...extra },
      })
    expect((await overridden({ authorization: `JWT ${token}` })).status).toBe(200)
    const anonymous = await overridden({})
    expectCleanError('form body with limit=0', anonymous, 400, /limit=0/)
  })
})

const gql = (query: string, variables?: Record<string, unknown>): ApiRequest => ({ method: 'POST', json: { query, variables } })
const aliases = (count: number, selection: string) => Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')

const graphqlCases = table([
  ['a body that is not JSON', '/api/graphql', 400, /not valid JSON/, { method: 'POST', body: '{ Projects { docs { title } } }', headers: { 'content-type': 'application/json' } }],
  ['a text/plain body', '/api/graphql', 415, /Unsupported content type/, { method: 'POST', body: '{ Projects { totalDocs } }', headers: { 'content-type': 'text/plain' } }],
  ['an empty body', '/api/graphql', 400, /JSON body/, { method: 'POST', body: '', headers: { 'content-type': 'application/json' } }],
  ['a body without a query', '/api/graphql', 400, /query/, { method: 'POST', json: { variables: {} } }],
  ['a syntax error', '/api/graphql', 400, /Syntax Error/, gql('{ Projects { docs { title }')],
  ['an unknown field', '/api/graphql', 400, /Cannot query field "nope"/, gql('{ Projects { docs { nope } } }')],
  ['where on an unknown field', '/api/graphql', 400, /nope/, gql('{ Projects(where: { nope: { equals: 1 } }) { totalDocs } }')],
  ['an id of the wrong type', '/api/graphql', 400, /cannot represent a non string value/, gql('{ Project(id: 12) { title } }')],
  ['an unknown locale', '/api/graphql', 400, /LocaleInputType/, gql('{ Projects(locale: xx) { totalDocs } }')],
  ['an unknown locale in the URL', '/api/graphql?locale=xx', 400, /Unknown locale/, gql('{ Projects { totalDocs } }')],
  ['limit 500', '/api/graphql', 400, /at most 100/, gql('{ Projects(limit: 500) { totalDocs } }')],
  ['limit 0', '/api/graphql', 400, /limit: 0/, gql('{ Projects(limit: 0) { totalDocs } }')],
  ['limit 1000 through a variable', '/api/graphql', 400, /at most 100/, gql('query ($n: Int) { Projects(limit: $n) { totalDocs } }', { n: 1000 })],
  ['pagination false without a limit', '/api/graphql', 400, /pagination: false/, gql('{ Projects(pagination: false) { totalDocs } }')],
  ['too many top-level fields', '/api/graphql', 400, /at most 10 top-level fields/, gql(`{ ${aliases(11, 'Projects { totalDocs }')} }`)],
  ['a query over the complexity limit', '/api/graphql', 400, /complexity/i, gql(`{ Projects { docs { ${aliases(70, 'sections { id }')} } } }`)],
  ['a batch over the limit', '/api/graphql', 400, /at most 5 operations/, { method: 'POST', json: Array.from({ length: 6 }, () => ({ query: '{ Projects { totalDocs } }' })) }],
  ['an empty batch', '/api/graphql', 400, /at least one/, { method: 'POST', json: [] }],
  ['a batch with a non-object', '/api/graphql', 400, /JSON object with a "query"/, { method: 'POST', json: [{ query: '{ Projects { totalDocs } }' }, 42] }],
  [
    'a body over the limit',
    '/api/graphql',
    413,
    /larger than the limit/,
    { method: 'POST', body: JSON.stringify({ query: `{ Projects { totalDocs } } #${'x'.repeat(API_LIMITS.maxJsonBodyBytes)}` }), headers: { 'content-type': 'application/json' } },
  ],
  ['a mutation over GET', `/api/graphql?query=${encodeURIComponent('mutation { deleteProject(id: "any") { id } }')}`, 405, /mutations over GET/i],
])

describe('GraphQL: bad input is a clean 4xx', () => {
  it.each(graphqlCases)('$label', async ({ label, path, status, message, request }) => {
    expectCleanError(label, await api.send(path, request), status, message)
  })

  it('runs a batch within the limits, one result per operation', async () => {
    const response = await api.send('/api/graphql', { method: 'POST', json: [{ query: '{ Projects { totalDocs } }' }, { query: '{ Departments { totalDocs } }' }] })
    expect(response.status).toBe(200)
    const results = response.json as { data: Record<string, { totalDocs: number }> }[]
    expect(results).toHaveLength(2)
    expect(results[0]?.data.Projects?.totalDocs).toBeGreaterThan(0)
    expect(results[1]?.data.Departments?.totalDocs).toBeGreaterThan(0)
  })

  it('answers a realistic site query within the complexity limit', async () => {
    const response = await api.graphql(`{
      Departments(limit: 20, sort: "order") { docs { id title slug lead head { name title email } sections { docs { id title slug lead head { name } } } } }
      Projects(limit: 50) { docs { id title slug lead status startYear endYear sections { title slug department { title } } projectManager { name email } participants { name } } }
    }`)
    expect({ status: response.status, errors: (response.json as { errors?: unknown }).errors }).toEqual({ status: 200, errors: undefined })
  })
})
