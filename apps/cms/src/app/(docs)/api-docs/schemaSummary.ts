/** A one-line, human description of a JSON Schema's type, for the docs tables. */
export function schemaSummary(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return 'any'
  const value = schema as Record<string, unknown>
  if (typeof value.$ref === 'string') return value.$ref.replace('#/components/schemas/', '')
  if ('const' in value) return JSON.stringify(value.const)
  for (const combinator of ['anyOf', 'oneOf'] as const) {
    const options = value[combinator]
    if (Array.isArray(options)) return options.map(schemaSummary).join(' | ')
  }
  const types = Array.isArray(value.type) ? (value.type as string[]) : typeof value.type === 'string' ? [value.type] : []
  const described = types.map((type) => {
    if (type === 'array') return `${schemaSummary(value.items)}[]`
    if (type === 'string' && Array.isArray(value.enum)) return value.enum.filter((option) => option !== null).map((option) => JSON.stringify(option)).join(' | ')
    if (type === 'string' && typeof value.format === 'string') return `string (${value.format})`
    return type
  })
  return described.length > 0 ? described.join(' | ') : 'any'
}
