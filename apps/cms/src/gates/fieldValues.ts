import type { FlattenedField } from 'payload'

/** One value of a text-like field inside a document, with its path as Payload names it (`links.0.label`). */
export type FieldValue = { path: string; type: 'text' | 'textarea' | 'richText'; value: unknown }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Every text, textarea and rich-text value present in `data`, at any depth (groups, tabs,
 * arrays, blocks). Only what `data` holds is visited, so a partial update checks what it changes.
 */
export function textValues(fields: readonly FlattenedField[], data: unknown, prefix = ''): FieldValue[] {
  if (!isRecord(data)) return []
  return fields.flatMap((field): FieldValue[] => {
    if (!('name' in field) || !(field.name in data)) return []
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'richText':
        return value === null || value === undefined ? [] : [{ path, type: field.type, value }]
      case 'group':
      case 'tab':
        return textValues(field.flattenedFields, value, `${path}.`)
      case 'array':
        return Array.isArray(value) ? value.flatMap((row, index) => textValues(field.flattenedFields, row, `${path}.${index}.`)) : []
      case 'blocks':
        return Array.isArray(value)
          ? value.flatMap((row: unknown, index) => {
              const blockType = isRecord(row) ? row.blockType : undefined
              const block = field.blocks.find((candidate) => candidate.slug === blockType)
              return block ? textValues(block.flattenedFields, row, `${path}.${index}.`) : []
            })
          : []
      default:
        return []
    }
  })
}
