import type { Payload } from 'payload'

import { ApiError } from '../errors/apiError'

/** Payload's query operators (operators the adapter lacks are refused, see supportedOperators). */
const KNOWN_OPERATORS = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'contains', 'like', 'not_like',
  'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'near', 'within', 'intersects',
])

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
/** Geo operators take coordinates and shapes (lists, GeoJSON objects). */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A reference to a document of a polymorphic relationship: `{ relationTo, value }`. */
export const isReference = (value: unknown): boolean =>
  isRecord(value) && typeof value.relationTo === 'string' && ['string', 'number'].includes(typeof value.value) && Object.keys(value).length === 2

/**
 * Upstream: the database adapters bind whatever value arrives (an object from
 * `where[title][equals][x]=1`, a nested operator, a list where one value belongs) and the
 * driver fails with a 500 (pinned in tests/int/upstream-pins.int.spec.ts). Every operator
 * but the geo ones compares with plain values: one for most, a list for in/not_in/all;
 * `exists` takes a boolean. `allowReferences`: `{ relationTo, value }` counts as plain.
 */
export function shapeProblem(operator: string, value: unknown, allowReferences: boolean): string | null {
  if (GEO_OPERATORS.has(operator)) return null
  if (operator === 'exists') return [true, false, 'true', 'false'].includes(value as string | boolean) ? null : '"exists" takes true or false.'
  const isPlain = (each: unknown) =>
    each === null || typeof each === 'string' || typeof each === 'boolean' || (typeof each === 'number' && Number.isFinite(each)) || (allowReferences && isReference(each))
  if (LIST_OPERATORS.has(operator)) {
    const items = listItems(value)
    if (items === null) return `"${operator}" takes a list of values (e.g. ${operator}=a,b), not an object.`
    return items.every(isPlain) ? null : `"${operator}" takes a list of plain values, not objects, lists or operators.`
  }
  return isPlain(value) ? null : `"${operator}" takes a single plain value, not an object, a list or another operator.`
}

/** The items of a list value: an array, comma-separated text, or an object with index keys (qs turns long arrays into those). */
export function listItems(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  if (isRecord(value)) return Object.keys(value).every((key) => /^\d+$/.test(key)) ? Object.values(value) : null
  return [value]
}

/**
 * Stage 4 of the pipeline for every REST read and collection (Payload's own collections
 * included, which our per-collection hooks do not reach): the shape of a parsed `where`
 * (and of each `joins[…][where]`) — conditions are objects of operators, operators take
 * plain values. Field types are checked later, with the operation (queryShape.ts).
 * A `where` given as text is Payload's to parse (it answers 400).
 */
export function checkWhereShape(query: Record<string, unknown>, payload: Payload): void {
  const problems: { field: string; message: string }[] = []
  const supported = supportedOperators(payload)
  const walk = (where: unknown, prefix: string) => walkWhere(where, prefix, supported, problems)
  if (isRecord(query.where) || Array.isArray(query.where)) walk(query.where, '')
  if (isRecord(query.joins)) {
    for (const [name, join] of Object.entries(query.joins)) {
      if (isRecord(join) && (isRecord(join.where) || Array.isArray(join.where))) walk(join.where, `joins.${name}.`)
    }
  }
  if (problems.length === 0) return
  const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join(' ')
  throw new ApiError(400, `The query is invalid. ${summary}`, { errors: problems.map(({ field, message }) => ({ message: `${field}: ${message}`, field })) })
}

/**
 * Upstream: the SQL adapters implement fewer operators than Payload accepts (`all` is
 * MongoDB's only) and fail on the others with a TypeError, a 500 (pinned in
 * tests/int/upstream-pins.int.spec.ts). Adapters that list their operators are held to the list.
 */
export function supportedOperators(payload: Payload): ReadonlySet<string> | null {
  const operators = (payload.db as unknown as { operators?: unknown }).operators
  return isRecord(operators) ? new Set(Object.keys(operators)) : null
}

/** Why `operator` cannot run on this database, or null. */
export function unsupportedProblem(operator: string, supported: ReadonlySet<string> | null): string | null {
  return supported && KNOWN_OPERATORS.has(operator) && !supported.has(operator) ? `"${operator}" is not available on this database.` : null
}

function walkWhere(where: unknown, prefix: string, supported: ReadonlySet<string> | null, problems: { field: string; message: string }[]): void {
  const walk = (branch: unknown) => walkWhere(branch, prefix, supported, problems)
  if (!isRecord(where)) {
    problems.push({ field: `${prefix}where`, message: 'A query must be an object of conditions.' })
    return
  }
  for (const [path, condition] of Object.entries(where)) {
    if (['and', 'or'].includes(path.toLowerCase())) {
      const branches = Array.isArray(condition) ? condition : isRecord(condition) ? Object.values(condition) : null
      if (branches === null) problems.push({ field: `${prefix}${path}`, message: `"${path}" takes a list of conditions.` })
      else for (const branch of branches) walk(branch)
      continue
    }
    if (!isRecord(condition)) {
      problems.push({ field: `${prefix}${path}`, message: `Give an operator, e.g. where[${path}][equals]=….` })
      continue
    }
    for (const [operator, value] of Object.entries(condition)) {
      const problem = unsupportedProblem(operator, supported) ?? shapeProblem(operator, value, true)
      if (problem) problems.push({ field: `${prefix}${path}`, message: problem })
    }
  }
}
