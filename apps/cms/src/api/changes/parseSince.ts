/**
 * ISO 8601 date (`2024-05-01`) or date-time with a zone (`2024-05-01T12:00:00Z`,
 * `2024-05-01T14:00:00.250+02:00`). A date-time without a zone is ambiguous, so it is refused.
 */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?$/

/** The instant `value` names, or null when it is not a valid ISO 8601 date or date-time. */
export function parseSince(value: string): Date | null {
  const match = ISO_8601.exec(value.trim())
  if (!match) return null
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match
  const date = new Date(value.trim().length === 10 ? `${value.trim()}T00:00:00Z` : value.trim())
  if (Number.isNaN(date.getTime())) return null
  // Date.parse rolls 2024-02-30 over to March: check the fields against what was written.
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  const fieldsValid =
    check.getUTCFullYear() === Number(year) &&
    check.getUTCMonth() === Number(month) - 1 &&
    check.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60
  return fieldsValid ? date : null
}
