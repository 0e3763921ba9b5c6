import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'

/** Set by Payload itself: a client's values are ignored on create. */
const INTERNAL_FIELDS = ['id', 'createdAt', 'updatedAt'] as const

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `beforeOperation` hook for every collection: a document created over the API is new,
 * whatever it was copied from. A client that reads a document and posts it back as a new
 * one sends the ids of its array and block rows, which belong to the original; Payload
 * writes them as given and the database refuses the duplicate row id with a 500 (pinned
 * in tests/int/upstream-pins.int.spec.ts). Row ids and the internal fields (`id`,
 * `createdAt`, `updatedAt`) are dropped, so every row gets a fresh id. Other invalid values
 * still fail field validation: a 400 naming the field. The local API (seed, jobs) is
 * trusted and left as it is.
 */
export const createAsFreshCopy: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local') return args
  const { data } = args as { data?: unknown }
  if (!isRecord(data)) return args
  const fresh: Record<string, unknown> = { ...data }
  for (const name of INTERNAL_FIELDS) delete fresh[name]
  return { ...args, data: withoutRowIds(fresh, collection.flattenedFields) }
}

function withoutRowIds(data: Record<string, unknown>, fields: FlattenedField[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...data }
  for (const field of fields) {
    if (!(field.name in copy)) continue
    copy[field.name] = freshValue(copy[field.name], field)
  }
  return copy
}

function freshValue(value: unknown, field: FlattenedField): unknown {
  switch (field.type) {
    case 'array':
      return Array.isArray(value) ? value.map((row) => (isRecord(row) ? freshRow(row, field.flattenedFields) : row)) : value
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row) => {
            if (!isRecord(row)) return row
            const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
            return block ? freshRow(row, block.flattenedFields) : freshRow(row, [])
          })
        : value
    case 'group':
    case 'tab':
      return isRecord(value) ? withoutRowIds(value, field.flattenedFields) : value
    default:
      return value
  }
}

function freshRow(row: Record<string, unknown>, fields: FlattenedField[]): Record<string, unknown> {
  const { id: _id, ...rest } = row
  return withoutRowIds(rest, fields)
}
