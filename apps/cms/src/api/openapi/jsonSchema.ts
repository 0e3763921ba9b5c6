/** A JSON Schema (2020-12, the dialect of OpenAPI 3.1) as plain data. */
export type JsonSchema = { [keyword: string]: unknown }

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })

/** `schema` or null. */
export function nullable(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) return nullable({ ...schema, enum: [...(schema.enum as unknown[]), null] })
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] }
  if (Array.isArray(schema.type)) return schema.type.includes('null') ? schema : { ...schema, type: [...schema.type, 'null'] }
  return { anyOf: [schema, { type: 'null' }] }
}

/** PascalCase name for a schema, from an English label or a slug: "Biobank fact" → "BiobankFact". */
export function schemaName(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('')
}
