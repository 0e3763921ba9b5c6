import type { Payload } from 'payload'

const INTEGER_ID = /^\d{1,15}$/
const OBJECT_ID = /^[a-f0-9]{24}$/i

/**
 * Whether `value` can be the id of a document in `collection` on the running adapter:
 * SQLite uses integer ids, MongoDB 24-hex ObjectIds (custom text ids accept any
 * non-empty text). Ids from URLs and query strings arrive as text, so numeric text
 * counts as an integer id. Handing an impossible id to the database ends in a driver
 * error (a 500), so callers answer "not found" or "invalid" before that.
 */
export function isPossibleDocumentId(payload: Payload, collection: string, value: unknown): boolean {
  const customIdType = payload.collections[collection]?.customIDType
  if (customIdType === 'text') return typeof value === 'string' && value !== ''
  const idType = customIdType ?? payload.db.defaultIDType
  if (idType === 'number') {
    if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
    return typeof value === 'string' && INTEGER_ID.test(value) && Number(value) > 0
  }
  // MongoDB: ObjectIds, given as 24-hex text or as an ObjectId instance.
  if (typeof value === 'string') return OBJECT_ID.test(value)
  return typeof value === 'object' && value !== null && OBJECT_ID.test(String(value))
}
