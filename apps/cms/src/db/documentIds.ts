import type { Payload } from 'payload'

const INTEGER_ID = /^\d{1,15}$/
const OBJECT_ID = /^[a-f0-9]{24}$/i
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Whether `value` can be the id of a document in `collection` on the running adapter:
 * SQLite hands out UUIDs (text), MongoDB 24-hex ObjectIds; a collection with custom
 * text ids accepts any non-empty text. Outside this seam ids are opaque strings; only
 * here does the shape matter, because handing an impossible id to the database ends in
 * a driver error (a 500), so callers answer "not found" or "invalid" before that.
 */
export function isPossibleDocumentId(payload: Payload, collection: string, value: unknown): boolean {
  const customIdType = payload.collections[collection]?.customIDType
  if (customIdType === 'text') return typeof value === 'string' && value !== ''
  if ((customIdType ?? payload.db.defaultIDType) === 'number') {
    // A database made with integer ids (only reachable through an explicit adapter option).
    if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
    return typeof value === 'string' && INTEGER_ID.test(value) && Number(value) > 0
  }
  if (payload.db.name === 'mongoose') {
    // MongoDB: ObjectIds, given as 24-hex text or as an ObjectId instance.
    if (typeof value === 'string') return OBJECT_ID.test(value)
    return typeof value === 'object' && value !== null && OBJECT_ID.test(String(value))
  }
  // SQLite with `idType: 'uuid'` (databaseAdapter.ts).
  return typeof value === 'string' && UUID.test(value)
}
