/** Small reusable field validators. Each returns `true` or a message editors and API clients can act on. */

export function validateUrl(value: unknown, { required = false } = {}): string | true {
  if (value === undefined || value === null || value === '') return required ? 'A URL is required.' : true
  if (typeof value !== 'string') return 'The URL must be text.'
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The URL must start with http:// or https://.'
    return true
  } catch {
    return `"${value}" is not a valid URL (expected e.g. https://www.kreftregisteret.no/).`
  }
}

export function validateNonNegative(value: unknown): string | true {
  if (value === undefined || value === null) return true
  if (typeof value !== 'number' || Number.isNaN(value)) return 'The value must be a number.'
  return value >= 0 ? true : 'The value cannot be negative.'
}

export function validateYear(value: unknown): string | true {
  if (value === undefined || value === null) return true
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'The year must be a whole number.'
  return value >= 1900 && value <= 2100 ? true : 'The year must be between 1900 and 2100.'
}

export function validateDate(value: unknown, { required = false } = {}): string | true {
  if (value === undefined || value === null || value === '') return required ? 'A date is required.' : true
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? `"${String(value)}" is not a valid date.` : true
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function validateEmail(value: unknown): string | true {
  if (value === undefined || value === null || value === '') return true
  return typeof value === 'string' && EMAIL_PATTERN.test(value) ? true : `"${String(value)}" is not a valid email address.`
}
