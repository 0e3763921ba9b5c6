import { APIError, type CollectionBeforeOperationHook, type FlattenedField, NotFound, type Payload } from 'payload'

import { isPossibleDocumentId } from '../../db/documentIds'
import { shapeProblem, supportedOperators, unsupportedProblem } from './whereShape'

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
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

/** What a query path ends at, as far as the types of compared values go. */
type Leaf =
  | { kind: 'id'; collection: string }
  | { kind: 'number' | 'date' | 'point' | 'join' | 'other' }
  | { kind: 'relationship'; collections: string[]; polymorphic: boolean }

type Scope = { payload: Payload; locales: string[] }

/**
 * `beforeOperation` hook for every collection: an id or a `where` value that cannot
 * match anything on this database is answered here (404 / 400 naming the path) instead
 * of being handed to the driver, which fails with a 500 — SQLite refuses NaN ids and
 * unparseable dates, neither adapter supports geo operators on text, and a polymorphic
 * relationship cannot be compared with a bare id. Nested paths (`head.name`), version
 * queries (`parent`, `version.title`) and the `where` of joins are resolved too.
 */
export const rejectImpossibleQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { id, where, joins } = args as { id?: unknown; where?: unknown; joins?: unknown }
  if (id !== undefined && id !== null && !isPossibleDocumentId(req.payload, collection.slug, id)) {
    throw new NotFound(req.t)
  }
  const problems = queryProblems(req.payload, collection.slug, where, joins)
  if (problems.length > 0) {
    const summary = problems.map((problem) => `${problem.path}: ${problem.message}`).join(' ')
    throw new APIError(`The query is invalid. ${summary}`, 400, { errors: problems }, true)
  }
}

/**
 * The problems of a `where` (and of the `where` of joins) on `collection`, by path. Used by
 * the hook above (every operation, REST and GraphQL) and by the pipeline's query-shape
 * stage, which also reaches Payload's own collections (jobs, preferences, locks).
 */
export function queryProblems(payload: Payload, collection: string, where: unknown, joins: unknown): QueryProblem[] {
  const fields = payload.collections[collection]?.config.flattenedFields ?? []
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  const scope: Scope = { payload, locales }
  const problems: QueryProblem[] = []
  if (where !== undefined && where !== null) {
    checkWhere(where, (path) => resolveTopLevelPath(path, collection, fields, scope), scope, problems)
  }
  if (isRecord(joins)) {
    for (const [name, join] of Object.entries(joins)) {
      const field = fields.find((candidate) => candidate.name === name)
      if (field?.type !== 'join' || !isRecord(join) || join.where === undefined || typeof field.collection !== 'string') continue
      const target = field.collection
      const targetFields = payload.collections[target]?.config.flattenedFields ?? []
      checkWhere(join.where, (path) => resolvePath(path, target, targetFields, scope), scope, problems, `joins.${name}.`)
    }
  }
  return problems
}

function checkWhere(
  where: unknown,
  resolve: (path: string[]) => Leaf | undefined,
  scope: Scope,
  problems: QueryProblem[],
  prefix = '',
): void {
  if (!isRecord(where)) {
    problems.push({ path: `${prefix}where`, message: 'A query must be an object of conditions.' })
    return
  }
  for (const [path, condition] of Object.entries(where)) {
    // GraphQL spells the combinators AND / OR.
    if (['and', 'or'].includes(path.toLowerCase())) {
      const branches = Array.isArray(condition) ? condition : isRecord(condition) ? Object.values(condition) : null
      if (branches === null) problems.push({ path: `${prefix}${path}`, message: `"${path}" takes a list of conditions.` })
      else for (const branch of branches) checkWhere(branch, resolve, scope, problems, prefix)
      continue
    }
    if (!isRecord(condition)) {
      problems.push({ path: `${prefix}${path}`, message: `Give an operator, e.g. where[${path}][equals]=….` })
      continue
    }
    // An unknown path is left to Payload, which answers it with a 400 of its own.
    const leaf = resolve(path.split('.'))
    for (const [operator, value] of Object.entries(condition)) {
      const problem = checkCondition(operator, value, leaf, scope)
      if (problem) problems.push({ path: `${prefix}${path}`, message: problem })
    }
  }
}

function checkCondition(operator: string, value: unknown, leaf: Leaf | undefined, scope: Scope): string | null {
  if (!KNOWN_OPERATORS.has(operator)) return `"${operator}" is not a query operator.`
  if (GEO_OPERATORS.has(operator)) {
    return leaf === undefined || leaf.kind === 'point' ? null : `"${operator}" only applies to location (point) fields.`
  }
  if (operator === 'exists') {
    return [true, false, 'true', 'false'].includes(value as string | boolean) ? null : '"exists" takes true or false.'
  }
  // Upstream: a join is a virtual list of other documents; comparing it reaches the driver as a 500 (found by the fuzzer).
  if (leaf?.kind === 'join') return 'A join field cannot be queried: query the related collection instead.'
  const shape = unsupportedProblem(operator, supportedOperators(scope.payload)) ?? shapeProblem(operator, value, leaf?.kind === 'relationship' && leaf.polymorphic)
  if (shape) return shape
  if (leaf === undefined) return null
  // Text matching on an id, a number or a date compares a converted value: it must be a possible one
  // (a 400 naming the field, not an empty answer). With integer ids Payload turned a non-numeric value
  // into NaN and the driver failed; with text ids that bug no longer occurs, so it has no upstream pin.
  const comparesValues = VALUE_OPERATORS.has(operator) || (TEXT_OPERATORS.has(operator) && ['id', 'relationship', 'number', 'date'].includes(leaf.kind))
  if (!comparesValues) return null
  if (leaf.kind === 'relationship' && leaf.polymorphic) {
    const refs = LIST_OPERATORS.has(operator) && Array.isArray(value) ? value : [value]
    const invalid = refs.filter((ref) => !isNull(ref) && !isPolymorphicReference(ref, leaf.collections, scope.payload))
    return invalid.length === 0
      ? null
      : 'This relationship points to several collections: compare it with {relationTo, value}, or query its .value and .relationTo.'
  }
  const isValid = valueCheck(leaf, scope.payload)
  if (!isValid) return null
  const values = LIST_OPERATORS.has(operator) ? listValues(value) : [value]
  // An empty value means "no value" to Payload, except inside a list, where it is converted like the others.
  const invalid = values.filter((each) => !(LIST_OPERATORS.has(operator) ? isNull(each) : isNullish(each)) && !isValid(each))
  return invalid.length === 0 ? null : `${invalid.map((each) => JSON.stringify(each)).join(', ')} cannot be compared with this field.`
}

/** The check a value must pass to be compared with `leaf`, or null when any value will do. */
function valueCheck(leaf: Leaf, payload: Payload): ((value: unknown) => boolean) | null {
  switch (leaf.kind) {
    case 'id':
      return (value) => isPossibleDocumentId(payload, leaf.collection, value)
    case 'relationship':
      return (value) => leaf.collections.some((collection) => isPossibleDocumentId(payload, collection, value))
    case 'number':
      return (value) => (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) && Number.isFinite(Number(value))
    case 'date':
      return (value) =>
        (value instanceof Date || typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())
    default:
      return null
  }
}

/** Resolves a dotted path through groups, arrays, tabs and single-collection relationships. */
function resolvePath(path: string[], collection: string, fields: FlattenedField[], scope: Scope): Leaf | undefined {
  const [name, ...rest] = path
  if (name === 'id' && rest.length === 0) return { kind: 'id', collection }
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return undefined
  if (rest.length === 0 || (rest.length === 1 && 'localized' in field && field.localized && scope.locales.includes(rest[0] ?? ''))) {
    return leafOf(field)
  }
  switch (field.type) {
    case 'group':
    case 'array':
    case 'tab':
      return resolvePath(rest, collection, field.flattenedFields, scope)
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        if (rest.length !== 1) return undefined
        return rest[0] === 'value' ? { kind: 'relationship', collections: field.relationTo, polymorphic: false } : { kind: 'other' }
      }
      const target = field.relationTo
      const targetFields = scope.payload.collections[target]?.config.flattenedFields
      return targetFields ? resolvePath(rest, target, targetFields, scope) : undefined
    }
    default:
      return undefined
  }
}

/**
 * Payload runs version queries through the same hook with the same operation name as
 * document queries. In a version, `parent` is the document's id and `version.*` its
 * fields; a collection field of that name takes precedence.
 */
function resolveTopLevelPath(path: string[], collection: string, fields: FlattenedField[], scope: Scope): Leaf | undefined {
  const [name, ...rest] = path
  const isOwnField = fields.some((field) => field.name === name)
  if (!isOwnField && name === 'parent' && rest.length === 0) return { kind: 'id', collection }
  if (!isOwnField && name === 'version') return resolvePath(rest, collection, fields, scope)
  return resolvePath(path, collection, fields, scope)
}

function leafOf(field: FlattenedField): Leaf {
  switch (field.type) {
    case 'join':
      return { kind: 'join' }
    case 'number':
    case 'date':
    case 'point':
      return { kind: field.type }
    case 'relationship':
    case 'upload':
      return Array.isArray(field.relationTo)
        ? { kind: 'relationship', collections: field.relationTo, polymorphic: true }
        : { kind: 'relationship', collections: [field.relationTo], polymorphic: false }
    default:
      return { kind: 'other' }
  }
}

function isPolymorphicReference(value: unknown, collections: string[], payload: Payload): boolean {
  if (!isRecord(value) || typeof value.relationTo !== 'string' || !collections.includes(value.relationTo)) return false
  return isPossibleDocumentId(payload, value.relationTo, value.value)
}

function listValues(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  return isRecord(value) ? Object.values(value) : [value]
}

const isNull = (value: unknown) => value === null || value === undefined || value === 'null'

/** Empty values match "no value"; Payload handles them without reaching the driver. */
const isNullish = (value: unknown) => value === null || value === undefined || value === 'null' || value === ''

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
