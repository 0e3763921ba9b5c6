import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import * as qs from 'qs-esm'

import { ADMIN_PASSWORD, allKeys, type ApiContent, createApiContent, PRIVATE_KEYS } from '../helpers/apiContent'
import { type ApiClient, apiClient, apiKeyHeader, type ApiResponse } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { fixtures, unique } from '../helpers/fixtures'

/**
 * Property-based fuzzing of the content API, driven by its own OpenAPI document
 * (/api/openapi.json): the collections, their fields, the operators and locales it
 * publishes. Random reads as an anonymous reader, a service API key and an editor; random
 * writes as an editor and a contributor. Properties:
 * - the status is never 5xx;
 * - every error has the one shape `{ errors: [{ message, field? }] }`, with no internals;
 * - a reader (anonymous, API key) never sees a draft or a private field;
 * - a rejected write leaves the stored documents as they were.
 *
 * Bounded in `npm test`: a fixed seed, then a random seed that is printed (replay a failure
 * with FUZZ_SEED=<seed>). `npm run fuzz` runs a long pass (FUZZ_RUNS).
 */
const FIXED_SEED = 20261129
const RUNS = Number(process.env.FUZZ_RUNS ?? 60)
const seeds = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : [FIXED_SEED, Math.floor(Math.random() * 2 ** 31)]

type OpenApi = {
  paths: Record<string, Record<string, unknown>>
  components: { schemas: Record<string, { properties?: Record<string, { type?: unknown }> }>; parameters: Record<string, { schema: { enum?: string[] }; description?: string }> }
}

let booted: BootedPayload
let api: ApiClient
let content: ApiContent
let openApi: OpenApi
let collections: { slug: string; fields: string[] }[]
let operators: string[]
let locales: string[]
const headersFor: Record<'anonymous' | 'apiKey' | 'editor' | 'contributor', Record<string, string>> = { anonymous: {}, apiKey: {}, editor: {}, contributor: {} }

beforeAll(async () => {
  booted = await bootPayload('api-fuzz')
  api = await apiClient()
  content = await createApiContent(booted.payload)
  const make = fixtures(booted.payload)
  for (const role of ['editor', 'contributor'] as const) {
    const email = `${unique(`fuzz-${role}`)}@example.org`
    await make.user({ email, password: ADMIN_PASSWORD, role })
    headersFor[role] = { Authorization: `JWT ${await api.login(email, ADMIN_PASSWORD)}` }
  }
  const key = `fuzz-key-${unique('k')}-0123456789abcdef`
  const admin = { Authorization: `JWT ${await api.login(content.admin.email, ADMIN_PASSWORD)}` }
  const created = await api.send('/api/api-keys', { method: 'POST', headers: admin, json: { name: unique('Fuzz'), enableAPIKey: true, apiKey: key } })
  expect(created.status).toBe(201)
  headersFor.apiKey = { Authorization: apiKeyHeader(key) }

  const document = await api.send('/api/openapi.json')
  expect(document.status).toBe(200)
  openApi = document.json as OpenApi
  collections = Object.keys(openApi.paths)
    .map((path) => /^\/api\/([a-z-]+)$/.exec(path)?.[1])
    .filter((slug): slug is string => slug !== undefined && slug !== 'graphql' && slug !== 'changes' && slug !== 'openapi.json')
    .map((slug) => {
      const schema = schemaOf(slug)
      return { slug, fields: Object.keys(schema?.properties ?? {}) }
    })
    // Paths without a document schema (the feed, the health check) are not collections.
    .filter((collection) => collection.fields.length > 0)
  expect(collections.map((collection) => collection.slug)).toEqual(expect.arrayContaining(['projects', 'people', 'media']))
  const whereHelp = openApi.components.parameters.Where?.description ?? ''
  operators = (/Operators: ([^.]+)\./.exec(whereHelp)?.[1] ?? '').split(',').map((each) => each.trim())
  expect(operators).toContain('equals')
  locales = openApi.components.parameters.Locale?.schema.enum ?? []
  expect(locales).toContain('nb')
}, 120_000)
afterAll(async () => {
  await booted.shutdown()
})

/** The response schema of `GET /api/{slug}/{id}`. */
function schemaOf(slug: string): { properties?: Record<string, unknown> } | undefined {
  const operation = openApi.paths[`/api/${slug}/{id}`]?.get as { responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> } | undefined
  const ref = operation?.responses?.['200']?.content?.['application/json']?.schema?.$ref
  return ref ? openApi.components.schemas[ref.split('/').pop() ?? ''] : undefined
}

const INTERNALS = [/\bat \S+ \(/, /node_modules/, /\.ts:\d+/, /sqlite/i, /drizzle/i, /Failed query/i, /\bselect\b.+\bfrom\b/i, /mongo/i, /SQLITE_/]

/** The error-shape property; returns a description of what is wrong, or null. */
function errorShapeProblem(response: ApiResponse): string | null {
  if (response.status < 400) return null
  const body = response.json as { errors?: unknown } | undefined
  if (!body || !Array.isArray(body.errors) || body.errors.length === 0) return `no { errors: [...] }: ${response.text.slice(0, 200)}`
  for (const entry of body.errors as Record<string, unknown>[]) {
    if (typeof entry.message !== 'string' || entry.message === '') return `an error without a message: ${JSON.stringify(entry)}`
    if (entry.field !== undefined && typeof entry.field !== 'string') return `"field" is not text: ${JSON.stringify(entry)}`
  }
  const leak = INTERNALS.find((pattern) => pattern.test(response.text))
  return leak ? `internals (${leak.source}) in ${response.text.slice(0, 300)}` : null
}

/** Values of every kind a client might send, well-formed or not. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', 'NaN', 'Infinity', '-1', '0', '1', 'true', 'null', '2024-01-01', '2024-13-45', 'x'.repeat(3000), "' OR 1=1 --", '%00', '[]', '{}'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('equals', 'x', 'relationTo', 'value', '0'), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxKeys: 2 }),
)

function readQuery(fields: string[]) {
  const path = fc.oneof(fc.constantFrom(...fields, 'id', '_status'), fc.constantFrom('nope', 'title.nb', 'sections.title', 'partners.name', 'a.b.c'))
  const operator = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...operators) }, { weight: 1, arbitrary: fc.constantFrom('bogus', 'near', 'within') })
  const value = fc.oneof({ weight: 2, arbitrary: fc.constantFrom('1', 'a', 'published', '2020', 'true') }, { weight: 3, arbitrary: anyValue })
  const condition = fc.tuple(path, operator, value).map(([p, o, v]) => ({ [p]: { [o]: v } }))
  const where = fc.oneof(condition, fc.array(condition, { minLength: 1, maxLength: 3 }).map((branches) => ({ or: branches })), fc.array(condition, { minLength: 1, maxLength: 3 }).map((branches) => ({ and: branches })))
  // Mostly values the API takes, now and then one it must refuse: both kinds reach their stage.
  const param = (valid: unknown[], invalid: unknown[]) =>
    fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) })
  const occasionally = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 })
  return fc.record(
    {
      where: fc.option(where, { nil: undefined, freq: 4 }),
      sort: occasionally(param([...fields, 'id', ...fields.map((f) => `-${f}`)], ['-', 'a b', 'x.'])),
      select: occasionally(fc.dictionary(fc.constantFrom(...fields), fc.constantFrom(true, false, 'true', 'x'), { maxKeys: 3 })),
      depth: occasionally(param([0, 1, 2], [3, -1, ''])),
      limit: occasionally(param([1, 5, 10, 100], [0, 101, -5, ''])),
      page: occasionally(param([1, 2, 50], [0, -1])),
      locale: occasionally(param([...locales], ['xx', ''])),
      draft: occasionally(param(['true', 'false'], ['yes', ''])),
    },
    { requiredKeys: [] },
  )
}

describe.each(seeds)('content API fuzzing (seed %i)', (seed) => {
  it.each(['anonymous', 'apiKey', 'editor'] as const)('random reads as %s: never 5xx, one error shape, no drafts or private fields for readers', async (who) => {
    console.log(`[fuzz] reads as ${who}: seed ${seed}, ${RUNS} runs (replay: FUZZ_SEED=${seed})`)
    const draftId = String(content.draftProject.id)
    const draftTitle = String(content.draftProject.title)
    const collection = fc.constantFrom(...collections)
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(
        collection.chain((c) => fc.tuple(fc.constant(c.slug), readQuery(c.fields))),
        async ([slug, query]) => {
          const search = qs.stringify(query, { encodeValuesOnly: true })
          const response = await api.send(`/api/${slug}?${search}`, { headers: headersFor[who] })
          const what = `${who} GET /api/${slug}?${decodeURIComponent(search).slice(0, 300)} → ${response.status}`
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
          if (process.env.FUZZ_DEBUG && response.status >= 400) console.log(what, response.text.slice(0, 160))
          if (response.status >= 500) throw new Error(`5xx: ${what} ${response.text.slice(0, 200)}`)
          const shape = errorShapeProblem(response)
          if (shape) throw new Error(`${what}: ${shape}`)
          if (who !== 'editor' && response.status === 200) {
            const docs = ((response.json as { docs?: { id?: unknown; _status?: unknown }[] }).docs ?? [])
            if (slug === 'projects' && docs.some((doc) => String(doc.id) === draftId)) throw new Error(`a draft reached a reader: ${what}`)
            if (response.text.includes(draftTitle)) throw new Error(`draft text reached a reader: ${what}`)
            if (docs.some((doc) => doc._status === 'draft')) throw new Error(`a draft reached a reader: ${what}`)
            const leaked = PRIVATE_KEYS.filter((key) => allKeys(response.json).has(key))
            if (leaked.length > 0) throw new Error(`private fields ${leaked.join(', ')} reached a reader: ${what}`)
          }
        },
      ),
      { seed, numRuns: RUNS },
    )
    console.log(`[fuzz] reads as ${who}: statuses ${JSON.stringify(Object.fromEntries(statuses))}`)
    // The pass must reach Payload often, not only the pipeline's refusals.
    expect(statuses.get(200) ?? 0).toBeGreaterThanOrEqual(Math.ceil(RUNS / 10))
  }, 600_000)

  it.each(['editor', 'contributor'] as const)('random writes as %s: never 5xx, one error shape, a rejected write changes nothing', async (who) => {
    console.log(`[fuzz] writes as ${who}: seed ${seed}, ${RUNS} runs (replay: FUZZ_SEED=${seed})`)
    const writable = collections.filter((c) => !['media', 'users'].includes(c.slug))
    const target = { projects: content.project.id, people: content.person.id, departments: content.department.id, sections: content.section.id } as Record<string, number | string>
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writable).chain((c) =>
          fc.tuple(
            fc.constant(c.slug),
            fc.constantFrom<'POST' | 'PATCH'>('POST', 'PATCH'),
            fc.dictionary(fc.oneof(fc.constantFrom(...c.fields), fc.string({ maxLength: 6 })), anyValue, { maxKeys: 5 }),
            fc.constantFrom('', '?draft=true', '?locale=en', '?depth=0', '?locale=xx'),
          ),
        ),
        async ([slug, method, body, suffix]) => {
          const id = target[slug]
          if (method === 'PATCH' && id === undefined) return
          const path = method === 'POST' ? `/api/${slug}${suffix}` : `/api/${slug}/${String(id)}${suffix}`
          const before = await snapshot(slug, id)
          const response = await api.send(path, { method, headers: headersFor[who], json: body })
          const what = `${who} ${method} ${path} ${JSON.stringify(body).slice(0, 300)} → ${response.status}`
          if (response.status >= 500) throw new Error(`5xx: ${what} ${response.text.slice(0, 200)}`)
          const shape = errorShapeProblem(response)
          if (shape) throw new Error(`${what}: ${shape}`)
          if (response.status >= 400) {
            const after = await snapshot(slug, id)
            if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`a rejected write changed stored documents: ${what}`)
          }
        },
      ),
      { seed, numRuns: RUNS },
    )
  }, 600_000)
})

/** What a write could change: the document itself (all locales, drafts) and how many there are. */
async function snapshot(slug: string, id: number | string | undefined): Promise<unknown> {
  const { payload } = booted
  const collection = slug as 'projects'
  const count = await payload.count({ collection, overrideAccess: true })
  const doc = id === undefined ? null : await payload.findByID({ collection, id, depth: 0, locale: 'all', draft: true, overrideAccess: true, disableErrors: true })
  return { count: count.totalDocs, doc }
}
