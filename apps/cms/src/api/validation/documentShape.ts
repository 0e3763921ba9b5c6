import { type CollectionBeforeOperationHook, type FlattenedField, ValidationError } from 'payload'

type FieldProblem = { path: string; message: string }

/** Payload's admin sends an empty list as its row count (`"partners": 0`), which Payload stores as no rows. */
const isRowCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `beforeOperation` hook for every collection: the structure of a document sent over the
 * API — a group is an object, an array or blocks field a list of row objects, a plain field
 * (text, number, select, date…) one plain value (a list of them when it has many). Upstream:
 * Payload's hooks and version writer read into whatever arrives, so `null` for a group or
 * a list fails with a TypeError (a 500), a list in a plain column fails in the driver, and
 * rows that are not objects vanish silently
 * (found by tests/fuzz/api.fuzz.spec.ts). Each is answered as a validation error naming
 * the field. The local API (seed, jobs) is trusted and left as it is.
 */
export const rejectMalformedStructure: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || req.payloadAPI === 'local') return
  const { data } = args as { data?: unknown }
  if (!isRecord(data)) return
  const problems: FieldProblem[] = []
  collectProblems(data, collection.flattenedFields, '', problems)
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
}

function collectProblems(data: Record<string, unknown>, fields: FlattenedField[], prefix: string, problems: FieldProblem[]): void {
  for (const field of fields) {
    if (!(field.name in data) || data[field.name] === undefined) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    switch (field.type) {
      case 'group':
      case 'tab':
        if (!isRecord(value)) problems.push({ path, message: 'Send this group as an object of its fields.' })
        else collectProblems(value, field.flattenedFields, `${path}.`, problems)
        break
      case 'array':
        if (isRowCount(value)) break
        if (!Array.isArray(value)) {
          problems.push({ path, message: 'Send a list of rows ([] for none).' })
          break
        }
        value.forEach((row, index) => {
          if (!isRecord(row)) problems.push({ path: `${path}.${index}`, message: 'Each row is an object of its fields.' })
          else collectProblems(row, field.flattenedFields, `${path}.${index}.`, problems)
        })
        break
      case 'blocks':
        if (isRowCount(value)) break
        if (!Array.isArray(value)) {
          problems.push({ path, message: 'Send a list of blocks ([] for none).' })
          break
        }
        value.forEach((row, index) => {
          const block = isRecord(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
          if (!isRecord(row) || !block) problems.push({ path: `${path}.${index}`, message: 'Each block is an object with a known "blockType".' })
          else collectProblems(row, block.flattenedFields, `${path}.${index}.`, problems)
        })
        break
      case 'relationship':
      case 'upload': {
        const many = 'hasMany' in field && field.hasMany === true
        const isReference = (each: unknown) =>
          each === null || typeof each === 'string' || typeof each === 'number' || (isRecord(each) && ('id' in each || 'value' in each))
        if (many ? !(value === null || (Array.isArray(value) && value.every(isReference))) : !isReference(value)) {
          problems.push({ path, message: many ? 'Send a list of document ids.' : 'Send one document id (or null), not a list.' })
        }
        break
      }
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
      case 'select':
      case 'radio':
      case 'number':
      case 'checkbox':
      case 'date': {
        const many = 'hasMany' in field && field.hasMany === true
        const isScalar = (each: unknown) => each === null || ['string', 'number', 'boolean'].includes(typeof each)
        if (many ? !(value === null || (Array.isArray(value) && value.every(isScalar))) : !isScalar(value)) {
          problems.push({ path, message: many ? 'Send a list of plain values.' : 'Send a single plain value, not a list or an object.' })
        }
        break
      }
      default:
        break
    }
  }
}
