/**
 * Norwegian national identity numbers (fødselsnummer and D-number): 11 digits, DDMMYY
 * then a 3-digit individual number and two mod-11 check digits. A D-number adds 4 to the
 * first digit of the day. Only numbers whose check digits hold are identity numbers, so a
 * count or a phone number of 11 digits is not mistaken for one.
 */

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2]
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

/** The mod-11 check digit for `digits` with `weights`, or null when none exists (remainder 1). */
export function mod11CheckDigit(digits: readonly number[], weights: readonly number[]): number | null {
  const sum = weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0)
  const check = 11 - (sum % 11)
  if (check === 11) return 0
  return check === 10 ? null : check
}

/** Whether the date part is a possible birth date (day 1–31, or 41–71 for a D-number; month 1–12). */
function hasPossibleDate(digits: readonly number[]): boolean {
  const day = (digits[0] ?? 0) * 10 + (digits[1] ?? 0)
  const month = (digits[2] ?? 0) * 10 + (digits[3] ?? 0)
  const dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71)
  return dayOk && month >= 1 && month <= 12
}

/** Whether 11 digits (no spaces) form a valid fødselsnummer or D-number. */
export function isNationalIdentityNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false
  const digits = [...value].map(Number)
  if (!hasPossibleDate(digits)) return false
  const k1 = mod11CheckDigit(digits.slice(0, 9), K1_WEIGHTS)
  if (k1 === null || k1 !== digits[9]) return false
  const k2 = mod11CheckDigit(digits.slice(0, 10), K2_WEIGHTS)
  return k2 !== null && k2 === digits[10]
}

/** 11 digits standing alone, optionally with one space after the 6-digit date part. */
const CANDIDATE = /(?<!\d)(\d{6}) ?(\d{5})(?!\d)/g

/** The identity numbers in a text, as written there (e.g. "010199 12345"). */
export function findNationalIdentityNumbers(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(CANDIDATE)) {
    if (isNationalIdentityNumber(`${match[1]}${match[2]}`)) found.push(match[0])
  }
  return found
}

/** The message an editor or API client gets; it never repeats the number itself. */
export const NATIONAL_ID_MESSAGE =
  'This looks like a Norwegian national identity number (fødselsnummer or D-number). Personal identity numbers must never be stored here: remove it.'

/** Field validator: refuses text containing a valid identity number. */
export function validateNoNationalIdentityNumber(value: unknown): string | true {
  return stringsIn(value).some((text) => findNationalIdentityNumbers(text).length > 0) ? NATIONAL_ID_MESSAGE : true
}

/** Every string inside a value (a localized value may arrive as `{ nb, en }`; rich text as Lexical JSON). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn)
  return []
}
