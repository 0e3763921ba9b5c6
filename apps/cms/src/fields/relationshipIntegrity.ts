import type { Field, PayloadRequest, RelationshipField, UploadField } from 'payload'
import { relationship as relationshipFormat, upload as uploadFormat } from 'payload/shared'

import { isPossibleDocumentId } from '../db/documentIds'

type Reference = { collection: string; id: unknown }

/**
 * Payload types the validator by the field's shape (single, hasMany, polymorphic); the
 * wrapper serves every shape, so it calls the field's own check with the value as given.
 */
type FormatCheck<Options> = (value: unknown, options: Options) => Promise<string | true> | string | true
type RelationshipOptions = Parameters<NonNullable<RelationshipField['validate']>>[1]
type UploadOptions = Parameters<NonNullable<UploadField['validate']>>[1]

/**
 * Adds to every relationship and upload field (at any depth) a check that the related
 * documents exist. Payload only checks the format of related ids: on SQLite a missing
 * document then fails the foreign key (a 500), on MongoDB it is stored as a dangling
 * reference. With the check both adapters answer a validation error on that field.
 */
export function withRelationshipIntegrity<Config extends { fields: Field[] }>(config: Config): Config {
  return { ...config, fields: config.fields.map(addExistenceCheck) }
}

function addExistenceCheck(field: Field): Field {
  switch (field.type) {
    case 'relationship':
      return checkedRelationship(field)
    case 'upload':
      return checkedUpload(field)
    case 'array':
    case 'collapsible':
    case 'group':
    case 'row':
      return { ...field, fields: field.fields.map(addExistenceCheck) }
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(addExistenceCheck) })) }
    case 'blocks':
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(addExistenceCheck) })) }
    default:
      return field
  }
}

function checkedRelationship(field: RelationshipField): RelationshipField {
  const checkFormat = (field.validate ?? relationshipFormat) as FormatCheck<RelationshipOptions>
  return {
    ...field,
    validate: async (value, options) => {
      const formatResult = await checkFormat(value, options)
      if (formatResult !== true || options.event === 'onChange') return formatResult
      return checkExists(value, field.relationTo, options.req)
    },
  } as RelationshipField
}

function checkedUpload(field: UploadField): UploadField {
  const checkFormat = (field.validate ?? uploadFormat) as FormatCheck<UploadOptions>
  return {
    ...field,
    validate: async (value, options) => {
      const formatResult = await checkFormat(value, options)
      if (formatResult !== true || options.event === 'onChange') return formatResult
      return checkExists(value, field.relationTo, options.req)
    },
  } as UploadField
}

/** `true`, or a message naming the related documents that do not exist. */
export async function checkExists(value: unknown, relationTo: string | string[], req: PayloadRequest): Promise<string | true> {
  const allowed = Array.isArray(relationTo) ? relationTo : [relationTo]
  const missing: Reference[] = []
  for (const [collection, ids] of groupByCollection(references(value, relationTo))) {
    if (!allowed.includes(collection)) return `"${collection}" is not one of the collections this field can point to (${allowed.join(', ')}).`
    const possible = ids.filter((id) => isPossibleDocumentId(req.payload, collection, id))
    missing.push(...ids.filter((id) => !isPossibleDocumentId(req.payload, collection, id)).map((id) => ({ collection, id })))
    if (possible.length === 0) continue
    const found = await req.payload.find({
      collection,
      where: { id: { in: possible } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const foundIds = new Set(found.docs.map((doc) => String(doc.id)))
    missing.push(...possible.filter((id) => !foundIds.has(String(id))).map((id) => ({ collection, id })))
  }
  if (missing.length === 0) return true
  const list = missing.map(({ collection, id }) => `${String(id)} in "${collection}"`).join(', ')
  return `The related document does not exist: ${list}.`
}

/** The (collection, id) pairs a relationship value points at; value shapes per Payload's docs. */
function references(value: unknown, relationTo: string | string[]): Reference[] {
  const items = Array.isArray(value) ? value : [value]
  return items.flatMap((item): Reference[] => {
    if (item === null || item === undefined || item === '') return []
    if (Array.isArray(relationTo)) {
      if (typeof item !== 'object' || !('relationTo' in item) || !('value' in item)) return []
      return [{ collection: String(item.relationTo), id: idOf(item.value) }]
    }
    return [{ collection: relationTo, id: idOf(item) }]
  })
}

/** A populated document (a plain object, unlike a MongoDB ObjectId) stands for its id. */
const idOf = (item: unknown): unknown =>
  typeof item === 'object' && item !== null && Object.getPrototypeOf(item) === Object.prototype && 'id' in item
    ? (item as { id: unknown }).id
    : item

function groupByCollection(refs: Reference[]): Map<string, unknown[]> {
  const groups = new Map<string, unknown[]>()
  for (const { collection, id } of refs) groups.set(collection, [...(groups.get(collection) ?? []), id])
  return groups
}
