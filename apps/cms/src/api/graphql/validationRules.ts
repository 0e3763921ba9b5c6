import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type ExecutionArgs,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { API_KEYS_SLUG } from '../apiKeysSlug'
import { API_LIMITS } from '../limits'

type GraphQLCaller = 'editor' | 'service' | 'anonymous'

function callerOf(args: ExecutionArgs): GraphQLCaller {
  const context = args.contextValue as { req?: { user?: { collection?: unknown } | null } } | undefined
  const user = context?.req?.user
  if (!user) return 'anonymous'
  return user.collection === API_KEYS_SLUG ? 'service' : 'editor'
}

/**
 * The content API's GraphQL limits, added to Payload's own rules (complexity ceiling,
 * no introspection in production): at most `maxGraphQLRootFields` top-level fields per
 * operation (aliases are how one request asks for many lists), and for everyone but
 * editors the REST read limits — `limit` 1–100, no unbounded `pagination: false`.
 * API keys may not run mutations. (Drafts are a matter of access control.)
 */
export function contentApiValidationRules(args: ExecutionArgs): ValidationRule[] {
  const caller = callerOf(args)
  const rules: ValidationRule[] = [rootFieldLimit]
  if (caller !== 'editor') rules.push(readLimits(args.variableValues ?? {}))
  if (caller === 'service') rules.push(readOnly)
  return rules
}

const rootFieldLimit: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const count = countRootFields(node.selectionSet, context, new Set())
    if (count > API_LIMITS.maxGraphQLRootFields) {
      context.reportError(
        new GraphQLError(`An operation may ask for at most ${API_LIMITS.maxGraphQLRootFields} top-level fields (this one asks for ${count}): split it.`, {
          nodes: [node],
        }),
      )
    }
  },
})

function countRootFields(selectionSet: SelectionSetNode, context: ValidationContext, seenFragments: Set<string>): number {
  let count = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value.startsWith('__') ? 0 : 1
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, context, seenFragments)
    else if (!seenFragments.has(selection.name.value)) {
      seenFragments.add(selection.name.value)
      const fragment = context.getFragment(selection.name.value)
      if (fragment) count += countRootFields(fragment.selectionSet, context, seenFragments)
    }
  }
  return count
}

const readOnly: ValidationRule = (context) => ({
  OperationDefinition(node: OperationDefinitionNode) {
    if (node.operation === 'mutation') context.reportError(new GraphQLError('API keys are read-only: mutations are not allowed.', { nodes: [node] }))
  },
})

function readLimits(variables: Record<string, unknown>): ValidationRule {
  return (context): ASTVisitor => {
    const defaults = new Map<string, ValueNode>()
    return {
      VariableDefinition(node) {
        if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue)
      },
      Field(node: FieldNode) {
        const argument = (name: string) => {
          const value = node.arguments?.find((each) => each.name.value === name)?.value
          return value === undefined ? undefined : valueOf(value, variables, defaults)
        }
        const report = (message: string) => context.reportError(new GraphQLError(message, { nodes: [node] }))
        const field = node.alias?.value ?? node.name.value
        const limit = argument('limit')
        if (limit === 0) report(`${field}: "limit: 0" (every document at once) is not available: page with a limit of 1–${API_LIMITS.maxPageSize}.`)
        else if (typeof limit === 'number' && limit > API_LIMITS.maxPageSize) {
          report(`${field}: "limit" is at most ${API_LIMITS.maxPageSize} (asked for ${limit}): use "page" for the next ones.`)
        }
        if (argument('pagination') === false && limit === undefined) {
          report(`${field}: "pagination: false" needs an explicit "limit" of at most ${API_LIMITS.maxPageSize}.`)
        }
      },
    }
  }
}

/** The value of an argument, literal or from a variable (falling back to the variable's default). */
function valueOf(node: ValueNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): unknown {
  switch (node.kind) {
    case Kind.INT:
      return Number(node.value)
    case Kind.BOOLEAN:
      return node.value
    case Kind.VARIABLE: {
      const name = node.name.value
      if (name in variables) return variables[name] ?? undefined
      const fallback = defaults.get(name)
      return fallback ? valueOf(fallback, variables, defaults) : undefined
    }
    default:
      return undefined
  }
}
