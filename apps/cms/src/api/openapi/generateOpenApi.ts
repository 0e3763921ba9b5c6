import type { Payload, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

import { CHANGE_KINDS } from '../changes/changeKinds'
import { API_LIMITS } from '../limits'
import { PUBLIC_COLLECTION_SLUGS } from '../publicSurface'
import { objectSchema, type SchemaContext } from './fieldSchemas'
import { type JsonSchema, nullable, ref, schemaName } from './jsonSchema'

export type OpenApiDocument = { openapi: string; [key: string]: unknown }

type LabelLike = unknown

/** The English text of a label (labels are `{ en, nb }` objects or plain strings). */
function englishLabel(label: LabelLike, fallback: string): string {
  if (typeof label === 'string') return label
  if (typeof label === 'object' && label !== null && 'en' in label && typeof label.en === 'string') return label.en
  return fallback
}

const collectionName = (collection: SanitizedCollectionConfig) => schemaName(englishLabel(collection.labels.singular, collection.slug))
const collectionPluralName = (collection: SanitizedCollectionConfig) => schemaName(englishLabel(collection.labels.plural, `${collection.slug}s`))
const globalName = (global: SanitizedGlobalConfig) => schemaName(englishLabel(global.label, global.slug))

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } })

const cachedHeaders = {
  ETag: { description: 'Strong validator of the body; send it back as If-None-Match.', schema: { type: 'string' } },
  'Cache-Control': {
    description: 'public, max-age=…, stale-while-revalidate=… for anonymous reads; private, no-store with credentials or drafts.',
    schema: { type: 'string' },
  },
}

function okJson(description: string, schema: JsonSchema, cached = true) {
  return { description, ...(cached ? { headers: cachedHeaders } : {}), content: { 'application/json': { schema } } }
}

const readErrors = {
  '304': { description: 'Not modified: the ETag given in If-None-Match is still current.' },
  '400': { $ref: '#/components/responses/BadRequest' },
  '401': { $ref: '#/components/responses/Unauthorized' },
  '403': { $ref: '#/components/responses/Forbidden' },
}

/**
 * Builds the OpenAPI 3.1 document of the public read API from the running configuration:
 * one schema per public collection and global (from their fields), list, by-id and count
 * paths per collection, the globals, the change feed and GraphQL. Nothing here is written
 * by hand per collection: a new field or collection appears after a restart.
 */
export function generateOpenApiDocument(payload: Payload): OpenApiDocument {
  const { config } = payload
  const locales = config.localization ? config.localization.localeCodes : []
  const collections = config.collections.filter((collection) => PUBLIC_COLLECTION_SLUGS.includes(collection.slug))
  const context: SchemaContext = {
    idSchema: payload.db.defaultIDType === 'number' ? { type: 'integer' } : { type: 'string' },
    // A related document at depth ≥ 1 is its collection's `defaultPopulate` teaser where it has one.
    publicCollections: new Map(collections.map((collection) => [collection.slug, collection.defaultPopulate ? `${collectionName(collection)}Teaser` : collectionName(collection)])),
    locales,
  }
  const api = config.routes.api

  const schemas: Record<string, JsonSchema> = {
    Error: {
      type: 'object',
      description: 'Every error answer: one or more messages.',
      properties: { errors: { type: 'array', minItems: 1, items: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] } } },
      required: ['errors'],
    },
    RichText: {
      type: 'object',
      description: 'Lexical rich text (editor state): { root: { type: "root", children: [...] } }.',
      properties: { root: { type: 'object', properties: { type: { type: 'string' }, children: { type: 'array' } }, required: ['children'] } },
      required: ['root'],
    },
    Count: { type: 'object', properties: { totalDocs: { type: 'integer', minimum: 0 } }, required: ['totalDocs'], additionalProperties: false },
    ...changeSchemas(locales),
    ...graphQLSchemas(),
    Health: {
      type: 'object',
      properties: { status: { type: 'string', enum: ['ok', 'error'] }, db: { type: 'string', enum: ['ok', 'unreachable'] } },
      required: ['status', 'db'],
    },
  }
  const paths: Record<string, unknown> = {}

  for (const collection of collections) {
    const name = collectionName(collection)
    const plural = collectionPluralName(collection)
    const timestamps = collection.timestamps !== false
    schemas[name] = objectSchema(collection.flattenedFields, context, {
      properties: {
        id: context.idSchema,
        ...(timestamps ? { createdAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' } } : {}),
      },
      required: ['id', ...(timestamps ? ['createdAt', 'updatedAt'] : [])],
    })
    if (collection.defaultPopulate) {
      // What a relationship brings at depth ≥ 1: the id and the selected fields only.
      const selected = new Set(Object.keys(collection.defaultPopulate))
      schemas[`${name}Teaser`] = objectSchema(
        collection.flattenedFields.filter((field) => selected.has(field.name)),
        context,
        { properties: { id: context.idSchema }, required: ['id'], requireFields: false },
      )
    }
    schemas[`${plural}List`] = paginated(ref(name))
    const tag = collection.slug
    const readParams = ['Locale', 'FallbackLocale', 'Depth', 'Select', 'Draft'].map(parameterRef)
    paths[`${api}/${collection.slug}`] = {
      get: {
        operationId: `find${plural}`,
        tags: [tag],
        summary: `List ${englishLabel(collection.labels.plural, collection.slug).toLowerCase()}`,
        parameters: [...readParams, ...['Where', 'Sort', 'Limit', 'Page', 'Pagination', 'Joins'].map(parameterRef)],
        responses: { '200': okJson(`A page of ${plural}`, ref(`${plural}List`)), ...readErrors },
      },
    }
    paths[`${api}/${collection.slug}/{id}`] = {
      get: {
        operationId: `find${name}ById`,
        tags: [tag],
        summary: `One ${englishLabel(collection.labels.singular, collection.slug).toLowerCase()} by id`,
        parameters: [{ name: 'id', in: 'path', required: true, schema: context.idSchema }, ...readParams, parameterRef('Joins')],
        responses: { '200': okJson(name, ref(name)), ...readErrors, '404': { $ref: '#/components/responses/NotFound' } },
      },
    }
    paths[`${api}/${collection.slug}/count`] = {
      get: {
        operationId: `count${plural}`,
        tags: [tag],
        summary: 'Count matching documents',
        parameters: [parameterRef('Where'), parameterRef('Locale')],
        responses: { '200': okJson('The number of matching documents', ref('Count')), ...readErrors },
      },
    }
    if (collection.upload) {
      paths[`${api}/${collection.slug}/file/{filename}`] = {
        get: {
          operationId: `get${name}File`,
          tags: [tag],
          summary: 'The uploaded file (or one of its image sizes, by file name)',
          parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The file', content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } }, '404': { $ref: '#/components/responses/NotFound' } },
        },
      }
    }
  }

  for (const global of config.globals) {
    const name = globalName(global)
    // A global that was never saved is answered with its defaults only: no field is guaranteed.
    schemas[name] = objectSchema(global.flattenedFields, context, {
      requireFields: false,
      properties: { id: context.idSchema, globalType: { type: 'string', const: global.slug }, createdAt: nullable({ type: 'string', format: 'date-time' }), updatedAt: nullable({ type: 'string', format: 'date-time' }) },
    })
    paths[`${api}/globals/${global.slug}`] = {
      get: {
        operationId: `get${name}`,
        tags: ['globals'],
        summary: englishLabel(global.label, global.slug),
        parameters: ['Locale', 'FallbackLocale', 'Depth', 'Select', 'Draft'].map(parameterRef),
        responses: { '200': okJson(name, ref(name)), ...readErrors },
      },
    }
  }

  Object.assign(paths, feedAndServicePaths(api))

  return {
    openapi: '3.1.0',
    info: {
      title: 'Kreftregisteret research content API',
      version: '1.0.0',
      description: [
        'Read-only access to the published research content of the Cancer Registry of Norway: departments, sections, projects, biobank facts, screening programmes, people, key figures, media and the site globals, in bokmål (nb, default) and English (en, falls back to nb).',
        `Limits for anonymous readers and API keys: limit 1–${API_LIMITS.maxPageSize} (limit=0 refused; pagination=false needs a limit), depth ≤ ${API_LIMITS.maxDepth}, request bodies ≤ ${API_LIMITS.maxJsonBodyBytes / 1024} KiB, GraphQL complexity ≤ ${API_LIMITS.maxGraphQLComplexity}, ≤ ${API_LIMITS.maxGraphQLRootFields} top-level fields per operation and ≤ ${API_LIMITS.maxGraphQLBatchSize} operations per batch.`,
        'Errors are JSON: { "errors": [{ "message": "…" }] }. Anonymous GETs are cacheable (Cache-Control, strong ETag, If-None-Match → 304).',
        'The full guide (API keys, caching, change feed, webhooks and their signatures) is docs/content-api.md in the repository and /api-docs on the CMS.',
      ].join('\n\n'),
    },
    servers: [{ url: config.serverURL || '/' }],
    security: [{}, { ApiKey: [] }],
    tags: [...collections.map((collection) => ({ name: collection.slug })), { name: 'globals' }, { name: 'sync' }, { name: 'graphql' }, { name: 'meta' }],
    paths,
    components: {
      schemas,
      parameters: parameters(locales),
      responses: {
        BadRequest: errorResponse('Bad input or a limit exceeded; the message says which.'),
        Unauthorized: errorResponse('The Authorization header matches no valid (unexpired) API key.'),
        Forbidden: errorResponse('Not allowed: drafts without a preview key, writes with an API key, or a non-public path.'),
        NotFound: errorResponse('No such (published) document.'),
      },
      securitySchemes: {
        ApiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'A service API key, sent as "api-keys API-Key <key>". Optional: anonymous readers get the same published content.',
        },
      },
    },
  }
}

function paginated(item: JsonSchema): JsonSchema {
  const pageNumber = nullable({ type: 'integer', minimum: 1 })
  return {
    type: 'object',
    properties: {
      docs: { type: 'array', items: item },
      totalDocs: { type: 'integer', minimum: 0 },
      limit: { type: 'integer', minimum: 0 },
      totalPages: { type: 'integer', minimum: 0 },
      page: { type: 'integer', minimum: 1 },
      pagingCounter: { type: 'integer', minimum: 0 },
      hasPrevPage: { type: 'boolean' },
      hasNextPage: { type: 'boolean' },
      prevPage: pageNumber,
      nextPage: pageNumber,
    },
    required: ['docs', 'hasNextPage', 'hasPrevPage'],
    additionalProperties: false,
  }
}

const parameterRef = (name: string) => ({ $ref: `#/components/parameters/${name}` })

function parameters(locales: readonly string[]): Record<string, unknown> {
  const query = (name: string, schema: JsonSchema, description: string, extra: Record<string, unknown> = {}) => ({ name, in: 'query', schema, description, ...extra })
  const deepObject = { style: 'deepObject', explode: true }
  return {
    Locale: query('locale', { type: 'string', enum: [...locales, 'all'], default: locales[0] }, 'Language of localized fields; "all" returns every language as an object.'),
    FallbackLocale: query('fallback-locale', { type: 'string', enum: [...locales, 'none'] }, 'Language used where a field has no translation; "none" returns null instead. Default: the default locale.'),
    Depth: query('depth', { type: 'integer', minimum: 0, maximum: API_LIMITS.maxDepth, default: API_LIMITS.maxDepth }, 'How many levels of relationships are populated with documents instead of ids.'),
    Limit: query('limit', { type: 'integer', minimum: 1, maximum: API_LIMITS.maxPageSize, default: 10 }, `Page size, at most ${API_LIMITS.maxPageSize}.`),
    Page: query('page', { type: 'integer', minimum: 1, default: 1 }, 'Page number.'),
    Pagination: query('pagination', { type: 'boolean', default: true }, 'false skips counting (totalDocs); it then needs an explicit limit.'),
    Sort: query('sort', { type: 'string' }, 'Field name(s), comma-separated; "-" for descending, e.g. "-startYear,title".'),
    Where: query('where', { type: 'object' }, 'Filter in Payload\'s query syntax, e.g. where[slug][equals]=janus-serumbank, where[or][0][status][equals]=ongoing. Operators: equals, not_equals, in, not_in, all, exists, like, contains, not_like, greater_than, greater_than_equal, less_than, less_than_equal.', deepObject),
    Select: query('select', { type: 'object' }, 'Only these fields, e.g. select[title]=true&select[slug]=true (the response then has just those and id).', deepObject),
    Joins: query('joins', { type: 'object' }, 'Paging of join fields, e.g. joins[sections][limit]=20 (1–100), or joins=false.', deepObject),
    Draft: query('draft', { type: 'boolean', default: false }, 'Latest drafts instead of published versions: preview API keys only (403 otherwise).'),
  }
}

function changeSchemas(locales: readonly string[]): Record<string, JsonSchema> {
  const slug: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(locales.map((locale) => [locale, nullable({ type: 'string' })])),
    additionalProperties: false,
  }
  const change: JsonSchema = {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'Id of the change (also the webhook event id).' },
      collection: { type: 'string' },
      documentId: { type: 'string' },
      kind: { type: 'string', enum: [...CHANGE_KINDS] },
      slug: slug,
      occurredAt: { type: 'string', format: 'date-time' },
    },
    required: ['id', 'collection', 'documentId', 'kind', 'slug', 'occurredAt'],
    additionalProperties: false,
  }
  const history: JsonSchema = {
    type: 'object',
    properties: {
      entries: {
        type: 'array',
        items: {
          type: 'object',
          properties: { date: { type: 'string', format: 'date-time' }, note: nullable({ type: 'string' }) },
          required: ['date', 'note'],
          additionalProperties: false,
        },
      },
    },
    required: ['entries'],
    additionalProperties: false,
  }
  const page = paginated(ref('Change'))
  // The feed's keyset cursor (pass it back as `after`); null only for an empty answer to `since`.
  const changeList = { ...page, properties: { ...(page.properties as Record<string, JsonSchema>), next: nullable({ type: 'string' }) } }
  return { Change: change, ChangeList: changeList, ChangeHistory: history }
}

function graphQLSchemas(): Record<string, JsonSchema> {
  const request: JsonSchema = {
    type: 'object',
    properties: { query: { type: 'string' }, variables: { type: 'object' }, operationName: nullable({ type: 'string' }) },
    required: ['query'],
  }
  return {
    GraphQLRequest: request,
    GraphQLResponse: {
      type: 'object',
      properties: { data: nullable({ type: 'object' }), errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] } } },
    },
  }
}

function feedAndServicePaths(api: string): Record<string, unknown> {
  return {
    [`${api}/changes`]: {
      get: {
        operationId: 'listChanges',
        tags: ['sync'],
        summary: 'Change feed: what was published, updated, unpublished or deleted since a time or a cursor',
        parameters: [
          { name: 'since', in: 'query', schema: { type: 'string' }, description: 'ISO 8601 date or date-time with zone, inclusive. Required unless `after` is given.' },
          { name: 'after', in: 'query', schema: { type: 'string' }, description: 'The `next` cursor of an earlier answer: continue just after it.' },
          { name: 'collection', in: 'query', schema: { type: 'string' }, description: 'Only this collection.' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: API_LIMITS.maxPageSize, default: 50 } },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
        ],
        responses: {
          '200': okJson('Changes, oldest first', ref('ChangeList')),
          '304': readErrors['304'],
          '400': readErrors['400'],
          '410': errorResponse('The position is older than the change log keeps (CHANGES_RETENTION_DAYS): resync, then poll from the time of the resync.'),
        },
      },
    },
    [`${api}/change-history/{collection}/{id}`]: {
      get: {
        operationId: 'changeHistory',
        tags: ['sync'],
        summary: "A page's public change history: dates of its published, non-minor changes with their public notes, newest first",
        parameters: [
          { name: 'collection', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'locale', in: 'query', schema: { type: 'string', enum: ['nb', 'en'], default: 'nb' } },
        ],
        responses: { '200': okJson('Changes, newest first', ref('ChangeHistory')), '400': readErrors['400'], '404': errorResponse('No such published page.') },
      },
    },
    [`${api}/change-history/{collection}`]: {
      get: {
        operationId: 'changeHistoryBySlug',
        tags: ['sync'],
        summary: "A page's public change history, the page named by its slug in the locale (as the site addresses it)",
        parameters: [
          { name: 'collection', in: 'path', required: true, schema: { type: 'string', enum: ['departments', 'sections', 'projects', 'screening-programmes'] } },
          { name: 'slug', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'locale', in: 'query', schema: { type: 'string', enum: ['nb', 'en'], default: 'nb' } },
        ],
        responses: { '200': okJson('Changes, newest first', ref('ChangeHistory')), '400': readErrors['400'], '404': errorResponse('No such published page.') },
      },
    },
    [`${api}/change-history/globals/{slug}`]: {
      get: {
        operationId: 'globalChangeHistory',
        tags: ['sync'],
        summary: "A global page's public change history",
        parameters: [
          { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'locale', in: 'query', schema: { type: 'string', enum: ['nb', 'en'], default: 'nb' } },
        ],
        responses: { '200': okJson('Changes, newest first', ref('ChangeHistory')), '400': readErrors['400'], '404': errorResponse('No such global.') },
      },
    },
    [`${api}/graphql`]: {
      post: {
        operationId: 'graphql',
        tags: ['graphql'],
        summary: 'GraphQL (queries; a JSON array of operations is a batch)',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { oneOf: [ref('GraphQLRequest'), { type: 'array', minItems: 1, maxItems: API_LIMITS.maxGraphQLBatchSize, items: ref('GraphQLRequest') }] },
            },
          },
        },
        responses: {
          '200': okJson('Result (or an array of results for a batch)', { oneOf: [ref('GraphQLResponse'), { type: 'array', items: ref('GraphQLResponse') }] }, false),
          '400': okJson('The request failed as a whole (syntax, validation, a limit)', ref('Error'), false),
          '413': errorResponse('Body over the size limit.'),
          '415': errorResponse('Not application/json.'),
        },
      },
      get: {
        operationId: 'graphqlGet',
        tags: ['graphql'],
        summary: 'GraphQL query over GET (cacheable for anonymous readers)',
        parameters: [
          { name: 'query', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'variables', in: 'query', schema: { type: 'string' }, description: 'JSON-encoded variables.' },
          { name: 'operationName', in: 'query', schema: { type: 'string' } },
        ],
        responses: { '200': okJson('Result', ref('GraphQLResponse')), '304': readErrors['304'], '400': okJson('The request failed as a whole', ref('Error'), false) },
      },
    },
    [`${api}/openapi.json`]: {
      get: { operationId: 'openapi', tags: ['meta'], summary: 'This document', responses: { '200': okJson('OpenAPI 3.1 document', { type: 'object' }) } },
    },
    [`${api}/health`]: {
      get: {
        operationId: 'health',
        tags: ['meta'],
        summary: 'Liveness and database check',
        responses: { '200': okJson('Up', ref('Health'), false), '503': okJson('Database unreachable', ref('Health'), false) },
      },
    },
  }
}
