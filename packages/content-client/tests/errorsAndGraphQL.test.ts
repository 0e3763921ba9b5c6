import { afterEach, describe, expect, it } from '@jest/globals'

import {
  ContentApiError,
  ContentBadRequestError,
  ContentForbiddenError,
  ContentGraphQLError,
  ContentNotFoundError,
  ContentUnauthorizedError,
  createContentClient,
  graphqlQuery,
  isContentUnavailableError,
  type Locale,
} from '../src'
import { type CannedAnswer, type CannedServer, type ReceivedRequest, startCannedServer } from './helpers/cannedServer'

let server: CannedServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function clientFor(answer: (request: ReceivedRequest) => CannedAnswer) {
  server = await startCannedServer(answer)
  return { cms: createContentClient({ baseUrl: server.baseUrl }), requests: server.requests }
}

describe('typed errors', () => {
  it.each([
    [400, ContentBadRequestError],
    [401, ContentUnauthorizedError],
    [403, ContentForbiddenError],
    [404, ContentNotFoundError],
  ])('a %i answer is a %p with the CMS messages', async (status, ErrorClass) => {
    const { cms } = await clientFor(() => ({ status, json: { errors: [{ message: 'first' }, { message: 'second' }] } }))
    const failure = cms.projects.find()
    await expect(failure).rejects.toBeInstanceOf(ErrorClass)
    await expect(failure).rejects.toBeInstanceOf(ContentApiError)
    await expect(failure).rejects.toMatchObject({ status, messages: ['first', 'second'], isServerError: false })
    await failure.catch((error: unknown) => expect(isContentUnavailableError(error)).toBe(false))
  })

  it('a 404 without a JSON body does not quote the HTML page', async () => {
    const { cms } = await clientFor(() => ({ status: 404, text: '<!DOCTYPE html><html>…</html>' }))
    await expect(cms.projects.findById('6650f0c2a1b2c3d4e5f60718')).rejects.toThrow(/answered 404 for .*\/api\/projects\/6650f0c2a1b2c3d4e5f60718: Not Found$/)
  })
})

describe('GraphQL helper', () => {
  type ProjectTitles = { Projects: { docs: { id: number; title: string }[] } }
  const titles = graphqlQuery<ProjectTitles, { locale: Locale; limit: number }>(
    'query ($locale: LocaleInputType, $limit: Int) { Projects(locale: $locale, limit: $limit) { docs { id title } } }',
  )

  it('posts a typed query with its variables and returns typed data', async () => {
    const { cms, requests } = await clientFor(() => ({ json: { data: { Projects: { docs: [{ id: 1, title: 'EQUALSCREEN' }] } } } }))
    const data = await cms.graphql(titles, { locale: 'en', limit: 5 })
    expect(data.Projects.docs[0]?.title).toBe('EQUALSCREEN')
    expect(JSON.parse(requests[0]?.body ?? '{}')).toEqual({ query: titles.query, variables: { locale: 'en', limit: 5 } })
  })

  it('sends GET queries in the URL (cacheable)', async () => {
    const { cms, requests } = await clientFor(() => ({ json: { data: { Projects: { docs: [] } } } }))
    await cms.graphql(titles, { locale: 'nb', limit: 1 }, { method: 'GET' })
    const params = requests[0]?.url.searchParams
    expect(requests[0]?.method).toBe('GET')
    expect(params?.get('query')).toBe(titles.query)
    expect(JSON.parse(params?.get('variables') ?? '{}')).toEqual({ locale: 'nb', limit: 1 })
  })

  it('turns a refused query (400 with GraphQL errors) into ContentGraphQLError with the status', async () => {
    const { cms } = await clientFor(() => ({ status: 400, json: { errors: [{ message: 'Cannot query field "nope" on type "Project".', locations: [] }] } }))
    const failure = cms.graphql('{ Projects { docs { nope } } }')
    await expect(failure).rejects.toBeInstanceOf(ContentGraphQLError)
    await expect(failure).rejects.toMatchObject({ status: 400, messages: ['Cannot query field "nope" on type "Project".'] })
  })

  it('reports field errors of a 200 answer with path and status code', async () => {
    const { cms } = await clientFor(() => ({
      json: { data: { Project: null }, errors: [{ message: 'Not Found', path: ['Project'], extensions: { statusCode: 404 } }] },
    }))
    const error = await cms.graphql('{ Project(id: 999) { title } }').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ContentGraphQLError)
    expect(error).toMatchObject({ status: 200, isNotFound: true, errors: [{ message: 'Not Found', path: ['Project'], extensions: { statusCode: 404 } }] })
  })

  it('keeps 401 an authentication error, not a GraphQL one', async () => {
    const { cms } = await clientFor(() => ({ status: 401, json: { errors: [{ message: 'This API key has expired' }] } }))
    await expect(cms.graphql('{ x }')).rejects.toBeInstanceOf(ContentUnauthorizedError)
  })
})
