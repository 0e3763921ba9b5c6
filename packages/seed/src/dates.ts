/**
 * Dates in the seed are calendar days. They are stored at noon UTC so that the day
 * stays the same when an admin or reader in any time zone formats it.
 */
export function day(isoDay: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`Expected a day as YYYY-MM-DD, got "${isoDay}"`)
  const date = new Date(`${isoDay}T12:00:00.000Z`)
  // Date rolls 2023-02-30 over into March; a real day survives the round trip unchanged.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDay) throw new Error(`Invalid day "${isoDay}"`)
  return date.toISOString()
}

/** The day the seed texts were written from the reference material. */
export const CONTENT_WRITTEN_DAY = '2026-11-28'
/** The seeded pages' "last updated": when their text was written. */
export const CONTENT_WRITTEN = day(CONTENT_WRITTEN_DAY)
