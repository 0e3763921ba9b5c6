import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { FlattenedField } from 'payload'

import { ADMIN_PASSWORD, type ApiContent, createApiContent } from '../helpers/apiContent'
import { type ApiClient, apiClient, type ApiResponse } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

/**
 * Bad input by class, not by case: every query operator against every field type of every
 * collection with values of the wrong shape; every write route with bodies of every content
 * type, signed in and anonymous; a document copied from a read and posted as new. The
 * answer is never a 5xx, a stack or database text, and always `{ errors: [{ message, field? }] }`.
 */
let booted: BootedPayload
let api: ApiClient
let content: ApiContent
let auth: Record<string, string>

beforeAll(async () => {
  booted = await bootPayload('api-input-classes')
  api = await apiClient()
  content = await createApiContent(booted.payload)
  auth = { Authorization: `JWT ${await api.login(content.admin.email, ADMIN_PASSWORD)}` }
})
afterAll(async () => {
  await booted.shutdown()
})

const INTERNALS = [/\bat \S+ \(/, /node_modules/, /\.ts:\d+/, /sqlite/i, /drizzle/i, /Failed query/i, /\bselect\b.+\bfrom\b/i, /mongo/i, /constraint/i]

/** The one error shape; returns the entries. */
function errorEntries(response: ApiResponse): { message: string; field?: string }[] {
  const errors = (response.json as { errors?: unknown } | undefined)?.errors
  if (!Array.isArray(errors) || errors.length === 0) throw new Error(`Expected { errors: [...] }, got ${response.status} ${response.text.slice(0, 300)}`)
  for (const entry of errors as { message?: unknown; field?: unknown }[]) {
    if (typeof entry.message !== 'string' || entry.message === '') throw new Error(`Error without a message: ${JSON.stringify(entry)}`)
    if (entry.field !== undefined && typeof entry.field !== 'string') throw new Error(`"field" must be text: ${JSON.stringify(entry)}`)
  }
  return errors as { message: string; field?: string }[]
}

function expectNoServerError(label: string, response: ApiResponse): void {
  expect({ label, status: response.status, body: response.status >= 500 ? response.text.slice(0, 300) : '' }).toEqual({ label, status: expect.any(Number), body: '' })
  expect({ label, serverError: response.status >= 500 }).toEqual({ label, serverError: false })
  if (response.status >= 400) {
    errorEntries(response)
    for (const pattern of INTERNALS) expect({ label, leaks: pattern.test(response.text) ? pattern.source : null }).toEqual({ label, leaks: null })
  }
}

const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'contains', 'like', 'not_like', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'] as const

/** Values that no operator (but the geo ones) takes, as query-string suffixes after `where[path][op]`. */
const WRONG_SHAPES: [label: string, suffix: (operator: string) => string][] = [
  ['an object', () => '[key]=1'],
  ['a nested operator', () => '[equals]=1'],
  ['a deeper object', () => '[a][b][c]=1'],
  ['a list of objects', () => '[0][x]=1'],
]
/** Values of the right shape that may still not fit the field: never a 5xx. */
const ODD_VALUES: [label: string, value: string][] = [
  ['an empty string', ''],
  ['a huge string', 'x'.repeat(4000)],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['a date that is not a date', '2024-13-45T99:99'],
  ['a negative number', '-1'],
  ['text with SQL in it', "1' OR '1'='1"],
]

/** One queryable path per field type in each collection (nested in groups and arrays too). */
function pathsByType(fields: FlattenedField[], prefix = '', found = new Map<string, string>()): Map<string, string> {
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field) {
      pathsByType(field.flattenedFields, `${path}.`, found)
      continue
    }
    if (field.type === 'join') continue
    const key = `${field.type}${'hasMany' in field && field.hasMany ? '[]' : ''}${prefix ? ' (nested)' : ''}`
    if (!found.has(key)) found.set(key, path)
  }
  return found
}

describe('every operator × every field type × values of the wrong shape', () => {
  it('answers 400 naming the field, never a 5xx, on every collection', async () => {
    let checked = 0
    const serverErrors: string[] = []
    for (const [slug, collection] of Object.entries(booted.payload.collections)) {
      const paths = [...pathsByType(collection.config.flattenedFields).values(), 'id']
      for (const path of paths) {
        for (const operator of OPERATORS) {
          for (const [label, suffix] of WRONG_SHAPES) {
            const response = await api.send(`/api/${slug}?where[${path}][${operator}]${suffix(operator)}`, { headers: auth })
            const what = `${slug} ${path} ${operator} with ${label}`
            expectNoServerError(what, response)
            expect({ what, status: response.status }).toEqual({ what, status: 400 })
            expect({ what, fields: errorEntries(response).map((entry) => entry.field) }).toEqual({ what, fields: expect.arrayContaining([path]) })
            checked += 1
          }
          for (const [label, value] of ODD_VALUES) {
            const response = await api.send(`/api/${slug}?where[${path}][${operator}]=${encodeURIComponent(value)}`, { headers: auth })
            if (response.status >= 500) serverErrors.push(`${slug} ${path} ${operator} with ${label}`)
            else expectNoServerError(`${slug} ${path} ${operator} with ${label}`, response)
            checked += 1
          }
        }
      }
    }
    expect(serverErrors).toEqual([])
    expect(checked).toBeGreaterThan(1000)
  }, 600_000)

  it('also inside and/or and the where of joins', async () => {
    for (const path of ['/api/projects?where[or][0][title][equals][x]=1', '/api/projects?where[and][0][or][0][startYear][in][a]=1', '/api/departments?joins[sections][where][title][equals][x]=1']) {
      const response = await api.send(path, { headers: auth })
      expectNoServerError(path, response)
      expect({ path, status: response.status }).toEqual({ path, status: 400 })
      expect(errorEntries(response).some((entry) => typeof entry.field === 'string')).toBe(true)
    }
  })
})

/** A write route and how it is called; `:id` is filled in. */
type WriteRoute = { method: 'POST' | 'PATCH' | 'PUT' | 'DELETE'; path: string }
const BODIES: [label: string, contentType: string | null, body: string][] = [
  ['JSON text', 'application/json', '"just text"'],
  ['JSON null', 'application/json', 'null'],
  ['a JSON array', 'application/json', '[{"title":"x"}]'],
  ['broken JSON', 'application/json', '{"title":'],
  ['plain text', 'text/plain', 'hello'],
  ['XML', 'application/xml', '<title>x</title>'],
  ['bytes', 'application/octet-stream', '\u0000\u0001\u0002'],
  ['no content type', null, '{"title":"x"}'],
  ['a form without _payload', 'application/x-www-form-urlencoded', 'title=x'],
  ['a form with broken _payload', 'application/x-www-form-urlencoded', '_payload=%7Bbroken'],
  ['a multipart body without a file', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--b--\r\n'],
  ['an empty body', 'application/json', ''],
  ['a JSON object of wrong types', 'application/json', '{"title":{"a":1},"startYear":"soon","sections":[{"x":1}],"partners":"none"}'],
]

describe('every write route × bodies of every content type, signed in and anonymous', () => {
  it('answers 4xx, never a 5xx, and stores nothing', async () => {
    const id = String(content.project.id)
    const routes: WriteRoute[] = [
      { method: 'POST', path: '/api/projects' },
      { method: 'PATCH', path: `/api/projects/${id}` },
      { method: 'PUT', path: `/api/projects/${id}` },
      { method: 'PATCH', path: `/api/projects?where[id][equals]=${id}` },
      { method: 'POST', path: '/api/globals/navigation' },
      { method: 'POST', path: '/api/globals/research-overview' },
      { method: 'POST', path: '/api/users' },
      { method: 'POST', path: '/api/users/login' },
      { method: 'POST', path: '/api/users/forgot-password' },
      { method: 'POST', path: '/api/users/reset-password' },
      { method: 'POST', path: '/api/users/refresh-token' },
      { method: 'POST', path: '/api/users/unlock' },
      { method: 'POST', path: '/api/users/verify/abc' },
      { method: 'POST', path: '/api/api-keys' },
      { method: 'POST', path: '/api/webhook-subscriptions' },
      { method: 'POST', path: '/api/media' },
      { method: 'POST', path: '/api/payload-preferences/x' },
      { method: 'POST', path: '/api/payload-locked-documents' },
      { method: 'POST', path: '/api/graphql' },
    ]
    const before = await booted.payload.find({ collection: 'projects', limit: 100, depth: 0, draft: true, pagination: false })
    for (const route of routes) {
      for (const [label, contentType, body] of BODIES) {
        for (const [who, headers] of [['anonymous', {}], ['editor', auth]] as const) {
          const allHeaders: Record<string, string> = { ...headers }
          if (contentType !== null) allHeaders['content-type'] = contentType
          const response = await api.send(route.path, { method: route.method, headers: allHeaders, body })
          const what = `${who} ${route.method} ${route.path} with ${label}`
          expectNoServerError(what, response)
          // Every body here is wrong for a project; anonymous callers write nothing anywhere.
          if (route.path.startsWith('/api/projects') || (who === 'anonymous' && !/login|forgot|reset|refresh|unlock|graphql|preferences/.test(route.path))) {
            expect({ what, rejected: response.status >= 400 }).toEqual({ what, rejected: true })
          }
        }
      }
    }
    const after = await booted.payload.find({ collection: 'projects', limit: 100, depth: 0, draft: true, pagination: false })
    expect(after.docs).toEqual(before.docs)
  }, 600_000)
})

describe('document structure', () => {
  it('takes what Payload\'s admin sends (an empty list as its row count) and refuses null groups and lists, naming them', async () => {
    const path = `/api/projects/${content.project.id}?draft=true`
    const admin = await api.send(path, { method: 'PATCH', headers: auth, json: { partners: 0, funding: 0, lead: 'Som fra admin' } })
    expect({ status: admin.status, text: admin.status === 200 ? '' : admin.text }).toEqual({ status: 200, text: '' })
    for (const [body, field] of [[{ partners: null }, 'partners'], [{ partners: [1] }, 'partners.0'], [{ partners: 'x' }, 'partners'], [{ lead: ['a'] }, 'lead'], [{ projectManager: [1] }, 'projectManager']] as const) {
      const response = await api.send(path, { method: 'PATCH', headers: auth, json: body })
      expectNoServerError(JSON.stringify(body), response)
      expect({ body, status: response.status }).toEqual({ body, status: 400 })
      expect(JSON.stringify(response.json)).toContain(`"path":"${field}"`)
    }
  })
})

describe('a document copied from a read and posted as new', () => {
  it('is created with fresh row ids, internal fields ignored', async () => {
    const source = await booted.payload.update({
      collection: 'projects',
      id: content.project.id,
      data: { partners: [{ name: 'Universitetet i Oslo', country: 'Norge' }, { name: 'Karolinska', country: 'Sverige' }] },
      depth: 0,
    })
    const sourceRowIds = (source.partners ?? []).map((row: { id?: string | null }) => row.id)
    for (const depth of [0, 1, 2]) {
      const read = await api.send(`/api/projects/${source.id}?depth=${depth}`, { headers: auth })
      expect(read.status).toBe(200)
      const copy = { ...(read.json as Record<string, unknown>), slug: `copy-${depth}-${Date.now().toString(36)}` }
      const created = await api.send('/api/projects', { method: 'POST', headers: auth, json: copy })
      expect({ depth, status: created.status, text: created.status === 201 ? '' : created.text }).toEqual({ depth, status: 201, text: '' })
      const doc = (created.json as { doc: { id: unknown; partners: { id: string; name: string }[]; createdAt: string } }).doc
      expect(doc.id).not.toEqual(source.id)
      expect(doc.partners.map((row) => row.name)).toEqual(['Universitetet i Oslo', 'Karolinska'])
      for (const row of doc.partners) expect(sourceRowIds).not.toContain(row.id)
      expect(doc.createdAt).not.toBe(source.createdAt)
    }
    // The original keeps its rows.
    const original = await booted.payload.findByID({ collection: 'projects', id: source.id, depth: 0 })
    expect((original.partners ?? []).map((row: { id?: string | null }) => row.id)).toEqual(sourceRowIds)
  })

  it('with a value that cannot be stored is a 400 naming the field', async () => {
    const read = await api.send(`/api/projects/${content.project.id}?depth=0`, { headers: auth })
    const copy = read.json as Record<string, unknown>
    // Same slug as the original: slugs are unique.
    const duplicate = await api.send('/api/projects', { method: 'POST', headers: auth, json: copy })
    expectNoServerError('duplicate slug', duplicate)
    expect(duplicate.status).toBe(400)
    expect(errorEntries(duplicate).map((entry) => entry.field)).toContain('slug')
    // (`lastUpdated` is set by the server on publish, so a copied value is ignored, not refused.)
    const badYear = await api.send('/api/projects', { method: 'POST', headers: auth, json: { ...copy, slug: `bad-year-${Date.now()}`, startYear: 'not a year' } })
    expectNoServerError('bad year', badYear)
    expect(badYear.status).toBe(400)
    expect(errorEntries(badYear).map((entry) => entry.field)).toContain('startYear')
  })
})
