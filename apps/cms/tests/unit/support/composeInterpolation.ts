/**
 * Compose's variable interpolation, as `docker compose config` applies it to a value:
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`,
 * `${VAR:+replacement}`, `${VAR+replacement}`, nesting inside operands, and `$$` for a literal `$`.
 * No Docker engine or compose binary runs on these machines, so the test resolves the file itself.
 */

export type Environment = Readonly<Record<string, string | undefined>>

/** Raised for `${VAR:?error}` / `${VAR?error}` when the variable is missing: compose refuses to start. */
export class RequiredVariableError extends Error {
  constructor(
    readonly variable: string,
    readonly hint: string,
  ) {
    super(`required variable ${variable} is missing a value: ${hint}`)
    this.name = 'RequiredVariableError'
  }
}

const NAME_START = /[A-Za-z_]/
const NAME_PART = /[A-Za-z0-9_]/
const OPERATORS = [':-', ':?', ':+', '-', '?', '+'] as const
type Operator = (typeof OPERATORS)[number]

export function interpolate(value: string, env: Environment): string {
  let result = ''
  let index = 0
  while (index < value.length) {
    const char = value[index]
    if (char !== '$') {
      result += char
      index += 1
      continue
    }
    const next = value[index + 1]
    if (next === '$') {
      result += '$'
      index += 2
    } else if (next === '{') {
      const end = findClosingBrace(value, index + 2)
      result += resolveBraced(value.slice(index + 2, end), env)
      index = end + 1
    } else if (next !== undefined && NAME_START.test(next)) {
      let end = index + 2
      while (end < value.length && NAME_PART.test(value[end] ?? '')) end += 1
      result += env[value.slice(index + 1, end)] ?? ''
      index = end
    } else {
      result += char
      index += 1
    }
  }
  return result
}

/** Index of the `}` that closes a `${` whose body starts at `start`, skipping nested `${…}`. */
function findClosingBrace(value: string, start: number): number {
  let depth = 1
  for (let index = start; index < value.length; index += 1) {
    if (value[index] === '$' && value[index + 1] === '{') {
      depth += 1
      index += 1
    } else if (value[index] === '}') {
      depth -= 1
      if (depth === 0) return index
    }
  }
  throw new Error(`Unterminated "\${" in ${JSON.stringify(value)}`)
}

function resolveBraced(body: string, env: Environment): string {
  let nameEnd = 0
  while (nameEnd < body.length && NAME_PART.test(body[nameEnd] ?? '')) nameEnd += 1
  const name = body.slice(0, nameEnd)
  if (!name || !NAME_START.test(name[0] ?? '')) throw new Error(`Invalid variable expression "\${${body}}"`)
  const rest = body.slice(nameEnd)
  const current = env[name]
  if (rest === '') return current ?? ''
  const operator: Operator | undefined = OPERATORS.find((candidate) => rest.startsWith(candidate))
  if (!operator) throw new Error(`Unsupported variable expression "\${${body}}"`)
  const operand = rest.slice(operator.length)
  const isSet = current !== undefined
  const isNonEmpty = isSet && current !== ''
  switch (operator) {
    case ':-':
      return isNonEmpty ? current : interpolate(operand, env)
    case '-':
      return isSet ? current : interpolate(operand, env)
    case ':?':
      if (!isNonEmpty) throw new RequiredVariableError(name, interpolate(operand, env))
      return current
    case '?':
      if (!isSet) throw new RequiredVariableError(name, interpolate(operand, env))
      return current
    case ':+':
      return isNonEmpty ? interpolate(operand, env) : ''
    case '+':
      return isSet ? interpolate(operand, env) : ''
  }
}

/** Interpolates every string inside a parsed YAML value (keys are left alone, as compose does). */
export function interpolateDeep(value: unknown, env: Environment): unknown {
  if (typeof value === 'string') return interpolate(value, env)
  if (Array.isArray(value)) return value.map((item) => interpolateDeep(item, env))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateDeep(item, env)]))
  }
  return value
}
