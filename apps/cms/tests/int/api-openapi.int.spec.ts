import SwaggerParser from '@apidevtools/swagger-parser'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

import { type ApiContent, createApiContent, PUBLIC_SLUGS } from '../helpers/apiContent'
import { type ApiClient, apiClient } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

/**
 * The OpenAPI 3.1 document at /api/openapi.json: generated from the configuration, valid
 * for a standard validator (swagger-parser), complete for the public read surface, and
 * true to what the API really answers (real responses checked against its schemas with ajv).
 */
let booted: BootedPayload
let api: ApiClient
let content: ApiContent
type OpenApi = {
  openapi: string
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
  components: { schemas: Record<string, unknown> }
}
let document: OpenApi
let ajv: InstanceType<typeof Ajv2020>

beforeAll(async () => {
  booted = await bootPayload('api-openapi')
  api = await apiClient()
  content = await createApiContent(booted.payload)
  const response = await api.send('/api/openapi.json')
  expect(response.status).toBe(200)
  document = response.json as OpenApi
  ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  ajv.addSchema({ $id: 'urn:crn:openapi', components: document.components })
})
afterAll(async () => {
  await booted.shutdown()
})

function expectMatches(schemaName: string, value: unknown, label: string) {
  const validate = ajv.getSchema(`urn:crn:openapi#/components/schemas/${schemaName}`)
  if (!validate) throw new Error(`No schema ${schemaName}`)
  const valid = validate(value)
  expect({ label, schemaName, errors: valid ? [] : (validate.errors ?? []).slice(0, 5) }).toEqual({ label, schemaName, errors: [] })
}

describe('the document', () => {
  it('is valid OpenAPI 3.1 according to swagger-parser', async () => {
    expect(document.openapi).toBe('3.1.0')
    const validated = await SwaggerParser.validate(structuredClone(document) as never)
    expect(validated.info.title).toMatch(/content API/)
  })

  it('covers every public read endpoint', () => {
    const paths = Object.keys(document.paths)
    for (const slug of PUBLIC_SLUGS) {
      expect(paths).toEqual(expect.arrayContaining([`/api/${slug}`, `/api/${slug}/{id}`, `/api/${slug}/count`]))
    }
    expect(paths).toEqual(
      expect.arrayContaining(['/api/globals/research-overview', '/api/globals/navigation', '/api/changes', '/api/graphql', '/api/openapi.json', '/api/media/file/{filename}']),
    )
    // Nothing private is described.
    for (const hidden of ['users', 'api-keys', 'webhook-subscriptions', 'webhook-deliveries', 'content-changes']) {
      expect(paths.some((path) => path.startsWith(`/api/${hidden}`))).toBe(false)
    }
    expect(JSON.stringify(document.components.schemas)).not.toMatch(/"(hash|salt|apiKey|resetPasswordToken|loginAttempts|lockUntil|seedKey|updatedBy)"/)
  })

  it('follows the configuration: each field of a collection is in its schema', () => {
    const project = document.components.schemas.Project as { properties: Record<string, unknown>; required: string[] }
    const fieldNames = (booted.payload.collections.projects?.config.flattenedFields ?? [])
      .filter((field) => !field.hidden && !(field.access && typeof field.access.read === 'function'))
      .map((field) => field.name)
    expect(Object.keys(project.properties).sort()).toEqual(expect.arrayContaining(fieldNames.sort()))
    expect(project.required).toEqual(expect.arrayContaining(['id', 'status', 'createdAt', 'updatedAt']))
  })
})

describe('real answers match the schemas', () => {
  const listSchema: Record<string, string> = {
    departments: 'DepartmentsList',
    sections: 'SectionsList',
    projects: 'ProjectsList',
    'biobank-facts': 'BiobankFactsList',
    'screening-programmes': 'ScreeningProgrammesList',
    people: 'PeopleList',
    'key-figures': 'KeyFiguresList',
    media: 'MediaList',
    redirects: 'RedirectsList',
  }

  it.each(PUBLIC_SLUGS)('%s: lists at depth 0, 1 and 2, in one locale and in all', async (slug) => {
    const schema = listSchema[slug]
    if (!schema) throw new Error(`No list schema name for ${slug}`)
    expect(document.components.schemas[schema]).toBeDefined()
    for (const query of ['depth=0', 'depth=1', 'depth=2', 'depth=1&locale=en', 'depth=0&locale=all', 'depth=0&locale=en&fallback-locale=none']) {
      const response = await api.send(`/api/${slug}?${query}&limit=100`)
      expect(response.status).toBe(200)
      expectMatches(schema, response.json, `${slug}?${query}`)
    }
  })

  it('single documents, globals, counts, the feed and errors', async () => {
    expectMatches('Project', (await api.send(`/api/projects/${content.project.id}?depth=2`)).json, 'project depth 2')
    expectMatches('Section', (await api.send(`/api/sections/${content.section.id}?depth=2&locale=all`)).json, 'section all locales')
    expectMatches('ScreeningProgramme', (await api.send(`/api/screening-programmes/${content.screeningProgramme.id}?depth=1`)).json, 'programme')
    expectMatches('BiobankFact', (await api.send(`/api/biobank-facts/${content.biobankFact.id}?depth=2`)).json, 'fact')
    expectMatches('ResearchOverview', (await api.send('/api/globals/research-overview?depth=2')).json, 'research overview')
    expectMatches('Navigation', (await api.send('/api/globals/navigation?depth=2')).json, 'navigation')
    expectMatches('Count', (await api.send('/api/projects/count')).json, 'count')
    expectMatches('ChangeList', (await api.send('/api/changes?since=2000-01-01&limit=100')).json, 'changes')
    expectMatches('Error', (await api.send('/api/projects?limit=0')).json, 'limit error')
    expectMatches('Error', (await api.send('/api/projects/987654')).json, 'not found')
  })

  it('the schemas are strict enough to notice a leak', () => {
    const validate = ajv.getSchema('urn:crn:openapi#/components/schemas/Person')
    if (!validate) throw new Error('No Person schema')
    expect(validate({ id: 1, name: 'X', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', hash: 'leak' })).toBe(false)
  })
})
