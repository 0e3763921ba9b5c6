import { beforeAll, describe, expect, it } from '@jest/globals'

import { adminToken, http } from '../helpers/httpCms'
import { errorMessages } from '../helpers/restErrors'

type Doc = Record<string, unknown> & { id: number | string }
type GraphqlAnswer = { data?: Record<string, { docs: Record<string, unknown>[] } | null>; errors?: { message: string }[] }

const suffix = Date.now().toString(36)
let departmentId: Doc['id']
let draftId: Doc['id']

const graphql = async (query: string, token?: string) => {
  const response = await http('POST', '/api/graphql', { json: { query }, token })
  if (response.status !== 200) throw new Error(`GraphQL answered ${response.status}: ${JSON.stringify(response.body)}`)
  return response.body as GraphqlAnswer
}

beforeAll(async () => {
  const token = await adminToken()
  const created = await http('POST', '/api/departments?locale=nb', {
    token,
    json: { title: `GraphQL-avdelingen ${suffix}`, kind: 'research', _status: 'published' },
  })
  departmentId = (created.body as { doc: Doc }).doc.id
  await http('PATCH', `/api/departments/${departmentId}?locale=en`, { token, json: { title: `GraphQL Department ${suffix}`, _status: 'published' } })
  const draft = await http('POST', '/api/departments', { token, json: { title: `GraphQL-utkast ${suffix}`, kind: 'research', _status: 'draft' } })
  draftId = (draft.body as { doc: Doc }).doc.id
})

describe('GraphQL', () => {
  it('reads departments in English and in bokmål', async () => {
    const query = (locale: string) =>
      `{ Departments(locale: ${locale}, where: { id: { equals: ${JSON.stringify(departmentId)} } }) { docs { title slug kind } } }`
    expect(await graphql(query('en'))).toEqual({
      data: { Departments: { docs: [{ title: `GraphQL Department ${suffix}`, slug: `graphql-department-${suffix}`, kind: 'research' }] } },
    })
    expect(await graphql(query('nb'))).toEqual({
      data: { Departments: { docs: [{ title: `GraphQL-avdelingen ${suffix}`, slug: `graphql-avdelingen-${suffix}`, kind: 'research' }] } },
    })
  })

  it('lists only published departments to anonymous readers', async () => {
    const either = `OR: [{ id: { equals: ${JSON.stringify(departmentId)} } }, { id: { equals: ${JSON.stringify(draftId)} } }]`
    const answer = await graphql(`{ Departments(where: { ${either} }) { docs { id _status } } }`)
    const docs = answer.data?.Departments?.docs ?? []
    expect(docs.map((doc) => doc.id)).toContain(departmentId)
    expect(docs.map((doc) => doc.id)).not.toContain(draftId)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  it('refuses users to anonymous readers', async () => {
    const answer = await graphql('{ Users { docs { email } } }')
    expect(answer.data?.Users ?? null).toBeNull()
    expect(answer.errors?.[0]?.message).toBeTruthy()
  })

  it('answers a body that is not JSON with 400 and a message', async () => {
    const response = await http('POST', '/api/graphql', { rawBody: '{ Departments { docs { title } } }' })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body)[0]).toMatch(/not valid JSON/)
  })
})
