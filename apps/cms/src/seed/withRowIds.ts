type Data = Record<string, unknown>

function isPlainObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Gives the array rows of a second-locale update the ids the rows got when the
 * document was created in the first locale. Arrays themselves are not localized here,
 * only some fields inside their rows: without the ids, Payload would treat the rows as
 * new ones and the first locale's values in them would be lost. Rich text is left alone.
 */
export function withRowIds(data: Data, created: Data): Data {
  const merged: Data = {}
  for (const [key, value] of Object.entries(data)) {
    const existing = created[key]
    if (Array.isArray(value) && Array.isArray(existing)) {
      merged[key] = value.map((row: unknown, index) => {
        const createdRow: unknown = existing[index]
        if (!isPlainObject(row) || !isPlainObject(createdRow)) return row
        const nested = withRowIds(row, createdRow)
        return createdRow.id === undefined ? nested : { ...nested, id: createdRow.id }
      })
    } else if (isPlainObject(value) && isPlainObject(existing) && !('root' in value)) {
      merged[key] = withRowIds(value, existing)
    } else {
      merged[key] = value
    }
  }
  return merged
}
