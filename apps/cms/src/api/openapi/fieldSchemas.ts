import type { FlattenedField } from 'payload'

import { type JsonSchema, nullable, ref } from './jsonSchema'

/** What the field mapping needs to know about the rest of the API. */
export type SchemaContext = {
  /** `integer` (SQLite) or `string` (MongoDB). */
  idSchema: JsonSchema
  /** Schema name of each publicly readable collection; relationships to others stay ids. */
  publicCollections: ReadonlyMap<string, string>
  locales: readonly string[]
}

/** Fields a public reader never gets: hidden ones and ones behind field-level read access. */
export function isPubliclyReadable(field: FlattenedField): boolean {
  if ('hidden' in field && field.hidden === true) return false
  return !(field.access && typeof field.access.read === 'function')
}

/** The object schema of a document or a nested group/array row, from its fields. */
export function objectSchema(
  fields: readonly FlattenedField[],
  context: SchemaContext,
  extra: { properties?: Record<string, JsonSchema>; required?: string[]; requireFields?: boolean } = {},
): JsonSchema {
  const properties: Record<string, JsonSchema> = { ...extra.properties }
  const required = new Set(extra.required ?? [])
  for (const field of fields) {
    if (!isPubliclyReadable(field)) continue
    const schema = fieldSchema(field, context)
    if (schema === null) continue
    properties[field.name] = withDescription(schema, field)
    const requireFields = extra.requireFields ?? true
    if (requireFields && 'required' in field && field.required === true && !('localized' in field && field.localized)) required.add(field.name)
  }
  return { type: 'object', properties, required: [...required], additionalProperties: false }
}

function withDescription(schema: JsonSchema, field: FlattenedField): JsonSchema {
  const description = field.admin && 'description' in field.admin ? field.admin.description : undefined
  if (typeof description === 'string') return { ...schema, description }
  if (typeof description === 'object' && description !== null && 'en' in description && typeof description.en === 'string') {
    return { ...schema, description: description.en }
  }
  return schema
}

/**
 * A field's value as the REST API returns it. Localized fields are one value in the
 * requested locale, or an object by locale with `locale=all`. Optional values are `null`
 * when empty; relationships are an id, or the related document when populated by `depth`.
 */
function fieldSchema(field: FlattenedField, context: SchemaContext): JsonSchema | null {
  const base = valueSchema(field, context)
  if (base === null) return null
  const optional = !('required' in field && field.required === true) || ('localized' in field && field.localized === true)
  const value = optional ? nullable(base) : base
  if (!('localized' in field) || field.localized !== true) return value
  const byLocale: JsonSchema = {
    type: 'object',
    description: 'All locales (locale=all).',
    properties: Object.fromEntries(context.locales.map((locale) => [locale, nullable(base)])),
    additionalProperties: false,
  }
  return { anyOf: [value, byLocale] }
}

function many(field: FlattenedField, schema: JsonSchema): JsonSchema {
  return 'hasMany' in field && field.hasMany === true ? { type: 'array', items: schema } : schema
}

function relationTarget(slug: string, context: SchemaContext): JsonSchema {
  const name = context.publicCollections.get(slug)
  return name === undefined ? context.idSchema : { anyOf: [context.idSchema, ref(name)] }
}

function valueSchema(field: FlattenedField, context: SchemaContext): JsonSchema | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return many(field, { type: 'string' })
    case 'number':
      return many(field, { type: 'number' })
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'select':
    case 'radio': {
      const values = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      return many(field, { type: 'string', enum: values })
    }
    case 'point':
      return { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }
    case 'json':
      return {}
    case 'richText':
      return ref('RichText')
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        const targets = field.relationTo
        const pair: JsonSchema = {
          type: 'object',
          properties: {
            relationTo: { type: 'string', enum: targets },
            value: { anyOf: [context.idSchema, ...targets.flatMap((slug) => (context.publicCollections.has(slug) ? [ref(context.publicCollections.get(slug) ?? '')] : []))] },
          },
          required: ['relationTo', 'value'],
          additionalProperties: false,
        }
        return many(field, pair)
      }
      return many(field, relationTarget(field.relationTo, context))
    }
    case 'join': {
      const target = typeof field.collection === 'string' ? relationTarget(field.collection, context) : context.idSchema
      return {
        type: 'object',
        description: 'Documents that point here (published ones for public readers); paginate with joins[<field>][limit|page].',
        properties: { docs: { type: 'array', items: target }, hasNextPage: { type: 'boolean' }, totalDocs: { type: 'integer' } },
        additionalProperties: false,
      }
    }
    case 'group':
    case 'tab':
      return objectSchema(field.flattenedFields, context)
    case 'array':
      return { type: 'array', items: objectSchema(field.flattenedFields, context, { properties: { id: { type: 'string' } }, required: ['id'] }) }
    case 'blocks': {
      const blocks = field.blocks.map((block) =>
        objectSchema(block.flattenedFields, context, {
          properties: { id: { type: 'string' }, blockType: { const: block.slug }, blockName: nullable({ type: 'string' }) },
          required: ['id', 'blockType'],
        }),
      )
      return { type: 'array', items: blocks.length === 1 ? blocks[0] : { oneOf: blocks } }
    }
    default:
      return null
  }
}
