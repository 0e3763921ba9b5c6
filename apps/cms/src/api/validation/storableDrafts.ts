import { type CollectionBeforeOperationHook, type FlattenedField, type PayloadRequest, ValidationError } from 'payload'

import { checkExists } from '../../fields/relationshipIntegrity'

type FieldProblem = { path: string; message: string }

/**
 * `beforeOperation` hook for every collection. Drafts skip field validation (an editor
 * may save half a document), but some values cannot be stored at all: a date that is
 * not a date fails while the version is written (a 500, leaving the document unreadable
 * on SQLite), and a relationship to a missing document breaks SQLite's foreign keys.
 * Those two are checked for drafts too and answered as a validation error per field.
 */
export const rejectUnstorableDrafts: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return
  const { data, draft } = args as { data?: unknown; draft?: unknown }
  if (draft !== true || !isRecord(data)) return
  const problems: FieldProblem[] = []
  await collectProblems(data, collection.flattenedFields, '', req, problems)
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
}

async function collectProblems(
  data: Record<string, unknown>,
  fields: FlattenedField[],
  prefix: string,
  req: PayloadRequest,
  problems: FieldProblem[],
): Promise<void> {
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    switch (field.type) {
      case 'date':
        if (!isEmpty(value) && !isDate(value)) problems.push({ path, message: `"${String(value)}" is not a valid date.` })
        break
      case 'relationship':
      case 'upload': {
        if (isEmpty(value)) break
        const result = await checkExists(value, field.relationTo, req)
        if (result !== true) problems.push({ path, message: result })
        break
      }
      case 'group':
      case 'tab':
        if (isRecord(value)) await collectProblems(value, field.flattenedFields, `${path}.`, req, problems)
        break
      case 'array':
        if (Array.isArray(value)) {
          for (const [index, row] of value.entries()) {
            if (isRecord(row)) await collectProblems(row, field.flattenedFields, `${path}.${index}.`, req, problems)
          }
        }
        break
      default:
        break
    }
  }
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

const isDate = (value: unknown) =>
  (value instanceof Date || typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
