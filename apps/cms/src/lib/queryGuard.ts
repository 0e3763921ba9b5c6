import { APIError, type CollectionBeforeOperationHook, type FlattenedField, NotFound, type Payload } from 'payload'

import { isPossibleDocumentId } from '../db/documentIds'

type QueryProblem = { path: string; message: string }

const KNOWN_OPERATORS = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'contains', 'like', 'not_like',
  'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'near', 'within', 'intersects',
])
/** Operators whose value is compared with the field's values (so must have the field's type). */
const VALUE_OPERATORS = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

/**
 * `beforeOperation` hook for every collection: an id or a `where` value that cannot
 * match anything on this database is answered here (404 / 400 with the offending path)
 * instead of being handed to the driver, which fails with a 500 — SQLite refuses NaN
 * ids, unparseable dates and geo operators on text.
 */
export const rejectImpossibleQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { id, where } = args as { id?: unknown; where?: unknown }
  if (id !== undefined && id !== null && !isPossibleDocumentId(req.payload, collection.slug, id)) {
    throw new NotFound(req.t)
  }
  if (where !== undefined && where !== null) {
    const problems: QueryProblem[] = []
    checkWhere(where, { payload: req.payload, collection: collection.slug, fields: collection.flattenedFields }, problems)
    if (problems.length > 0) {
      const summary = problems.map((problem) => `${problem.path}: ${problem.message}`).join(' ')
      throw new APIError(`The query is invalid. ${summary}`, 400, { errors: problems }, true)
    }
  }
}

type QueryScope = { payload: Payload; collection: string; fields: FlattenedField[] }

function checkWhere(where: unknown, scope: QueryScope, problems: QueryProblem[]): void {
  if (!isRecord(where)) {
    problems.push({ path: 'where', message: 'A query must be an object of conditions.' })
    return
  }
  for (const [path, condition] of Object.entries(where)) {
    if (path === 'and' || path === 'or') {
      const branches = Array.isArray(condition) ? condition : isRecord(condition) ? Object.values(condition) : null
      if (branches === null) problems.push({ path, message: `"${path}" takes a list of conditions.` })
      else for (const branch of branches) checkWhere(branch, scope, problems)
      continue
    }
    if (!isRecord(condition)) {
      problems.push({ path, message: `Give an operator, e.g. where[${path}][equals]=….` })
      continue
    }
    for (const [operator, value] of Object.entries(condition)) {
      const problem = checkCondition(path, operator, value, scope)
      if (problem) problems.push({ path, message: problem })
    }
  }
}

function checkCondition(path: string, operator: string, value: unknown, scope: QueryScope): string | null {
  if (!KNOWN_OPERATORS.has(operator)) return `"${operator}" is not a query operator.`
  // Only top-level fields are type-checked; Payload itself validates nested paths.
  const field = path === 'id' ? undefined : scope.fields.find((candidate) => candidate.name === path)
  if (GEO_OPERATORS.has(operator)) {
    return field?.type === 'point' ? null : `"${operator}" only applies to location (point) fields.`
  }
  if (operator === 'exists') {
    return [true, false, 'true', 'false'].includes(value as string | boolean) ? null : '"exists" takes true or false.'
  }
  if (!VALUE_OPERATORS.has(operator)) return null
  const values = LIST_OPERATORS.has(operator) ? listValues(value) : [value]
  const isValid = valueCheck(path, field, scope)
  if (!isValid) return null
  const invalid = values.filter((each) => !isNullish(each) && !isValid(each))
  return invalid.length === 0 ? null : `${invalid.map((each) => JSON.stringify(each)).join(', ')} cannot be compared with this field.`
}

/** The check a value must pass to be compared with `field`, or null when any value will do. */
function valueCheck(path: string, field: FlattenedField | undefined, scope: QueryScope): ((value: unknown) => boolean) | null {
  if (path === 'id') return (value) => isPossibleDocumentId(scope.payload, scope.collection, value)
  switch (field?.type) {
    case 'number':
      return (value) => (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) && Number.isFinite(Number(value))
    case 'date':
      return (value) =>
        (value instanceof Date || typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())
    case 'relationship':
    case 'upload': {
      const { relationTo } = field
      // Polymorphic relationships are queried with {relationTo, value}; leave those to Payload.
      return typeof relationTo === 'string' ? (value) => isPossibleDocumentId(scope.payload, relationTo, value) : null
    }
    default:
      return null
  }
}

function listValues(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  return isRecord(value) ? Object.values(value) : [value]
}

/** Empty values match "no value"; Payload handles them without reaching the driver. */
const isNullish = (value: unknown) => value === null || value === undefined || value === 'null' || value === ''

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
